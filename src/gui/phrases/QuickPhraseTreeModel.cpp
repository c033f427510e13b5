#include "gui/phrases/QuickPhraseTreeModel.h"

#include <QFont>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

const QString kMimeType = u"application/x-kefu-quick-phrase-id"_s;

QString oneLine(QString text) {
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

QString tooltipOf(const QuickPhrase& phrase) {
    // Rich text, so Qt wraps a long body instead of showing one screen-wide line.
    QString html = phrase.body.toHtmlEscaped();
    html.replace(u"\n"_s, u"<br>"_s);
    return u"<p>"_s + html + u"</p>"_s;
}

}  // namespace

QuickPhraseTreeModel::QuickPhraseTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void QuickPhraseTreeModel::setGrouped(const QList<QuickPhrase>& phrases) {
    beginResetModel();
    m_flat = false;
    m_flatPhrases.clear();
    m_groups.clear();
    for (const QuickPhrase& phrase : phrases) {
        auto it =
            std::find_if(m_groups.begin(), m_groups.end(), [&](const Group& g) { return g.name == phrase.groupName; });
        if (it == m_groups.end()) {
            m_groups.append({phrase.groupName, {}});
            it = std::prev(m_groups.end());
        }
        it->phrases.append(phrase);
    }
    endResetModel();
}

void QuickPhraseTreeModel::setFlat(const QList<QuickPhrase>& phrases) {
    beginResetModel();
    m_flat = true;
    m_groups.clear();
    m_flatPhrases = phrases;
    endResetModel();
}

void QuickPhraseTreeModel::setReorderable(bool reorderable) {
    m_reorderable = reorderable;
}

bool QuickPhraseTreeModel::isGroupRow(const QModelIndex& index) const {
    return index.isValid() && !m_flat && index.internalId() == kTopLevel;
}

const QList<QuickPhrase>* QuickPhraseTreeModel::listOf(const QModelIndex& index) const {
    if (!index.isValid() || isGroupRow(index)) {
        return nullptr;
    }
    if (m_flat) {
        return &m_flatPhrases;
    }
    const qsizetype group = qsizetype(index.internalId()) - 1;
    return group < m_groups.size() ? &m_groups.at(group).phrases : nullptr;
}

const QuickPhrase* QuickPhraseTreeModel::phraseAt(const QModelIndex& index) const {
    const QList<QuickPhrase>* list = listOf(index);
    if (list == nullptr || index.row() >= list->size()) {
        return nullptr;
    }
    return &list->at(index.row());
}

QModelIndex QuickPhraseTreeModel::indexOfPhrase(qint64 id) const {
    if (m_flat) {
        for (qsizetype i = 0; i < m_flatPhrases.size(); ++i) {
            if (m_flatPhrases.at(i).id == id) {
                return createIndex(int(i), 0, kTopLevel);
            }
        }
        return {};
    }
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<QuickPhrase>& phrases = m_groups.at(g).phrases;
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            if (phrases.at(i).id == id) {
                return createIndex(int(i), 0, quintptr(g + 1));
            }
        }
    }
    return {};
}

QModelIndex QuickPhraseTreeModel::indexOfGroup(const QString& name) const {
    for (qsizetype g = 0; !m_flat && g < m_groups.size(); ++g) {
        if (m_groups.at(g).name == name) {
            return createIndex(int(g), 0, kTopLevel);
        }
    }
    return {};
}

int QuickPhraseTreeModel::positionInGroup(const QModelIndex& index) const {
    return phraseAt(index) != nullptr && !m_flat ? index.row() : -1;
}

int QuickPhraseTreeModel::groupSize(const QModelIndex& phraseIndex) const {
    const QList<QuickPhrase>* list = m_flat ? nullptr : listOf(phraseIndex);
    return list != nullptr ? int(list->size()) : 0;
}

void QuickPhraseTreeModel::setUseCount(qint64 id, int useCount) {
    const QModelIndex found = indexOfPhrase(id);
    if (!found.isValid()) {
        return;
    }
    QList<QuickPhrase>& list = m_flat ? m_flatPhrases : m_groups[qsizetype(found.internalId()) - 1].phrases;
    list[found.row()].useCount = useCount;
    const QModelIndex cell = found.siblingAtColumn(UseCountColumn);
    Q_EMIT dataChanged(cell, cell);
}

QModelIndex QuickPhraseTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row() + 1))
                            : createIndex(row, column, kTopLevel);
}

QModelIndex QuickPhraseTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel) {
        return {};
    }
    return createIndex(int(child.internalId()) - 1, 0, kTopLevel);
}

int QuickPhraseTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return int(m_flat ? m_flatPhrases.size() : m_groups.size());
    }
    if (parent.column() != 0 || !isGroupRow(parent)) {
        return 0;
    }
    return int(m_groups.at(parent.row()).phrases.size());
}

int QuickPhraseTreeModel::columnCount(const QModelIndex& /*parent*/) const {
    return ColumnCount;
}

QVariant QuickPhraseTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (isGroupRow(index)) {
        return groupData(m_groups.at(index.row()), index.column(), role);
    }
    const QuickPhrase* phrase = phraseAt(index);
    return phrase != nullptr ? phraseData(*phrase, index.column(), role) : QVariant();
}

QVariant QuickPhraseTreeModel::groupData(const Group& group, int column, int role) const {
    switch (role) {
        case Qt::DisplayRole:
            if (column == CodeColumn) {
                return tr("%1（%2）").arg(group.name).arg(group.phrases.size());
            }
            return {};
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case GroupNameRole:
            return group.name;
        default:
            return {};
    }
}

QVariant QuickPhraseTreeModel::phraseData(const QuickPhrase& phrase, int column, int role) const {
    switch (role) {
        case Qt::DisplayRole:
            if (column == CodeColumn) {
                return phrase.shortcutCode;
            }
            if (column == BodyColumn) {
                return oneLine(phrase.body);
            }
            return phrase.useCount;
        case Qt::ToolTipRole:
            return tooltipOf(phrase);
        case Qt::TextAlignmentRole:
            if (column == UseCountColumn) {
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            }
            return {};
        case PhraseIdRole:
            return phrase.id;
        case GroupNameRole:
            return phrase.groupName;
        default:
            return {};
    }
}

QVariant QuickPhraseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case CodeColumn:
            return tr("编码");
        case BodyColumn:
            return tr("短语内容");
        case UseCountColumn:
            return tr("使用");
        default:
            return {};
    }
}

Qt::ItemFlags QuickPhraseTreeModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_reorderable && !m_flat) {
        f |= isGroupRow(index) ? Qt::ItemIsDropEnabled : (Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    }
    if (!isGroupRow(index)) {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

Qt::DropActions QuickPhraseTreeModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList QuickPhraseTreeModel::mimeTypes() const {
    return {kMimeType};
}

QMimeData* QuickPhraseTreeModel::mimeData(const QModelIndexList& indexes) const {
    for (const QModelIndex& index : indexes) {
        if (const QuickPhrase* phrase = phraseAt(index)) {
            auto* data = new QMimeData;
            data->setData(kMimeType, QByteArray::number(phrase->id));
            return data;
        }
    }
    return nullptr;
}

std::optional<qint64> QuickPhraseTreeModel::draggedId(const QMimeData* data) const {
    if (data == nullptr || !data->hasFormat(kMimeType)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = data->data(kMimeType).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

std::pair<QModelIndex, int> QuickPhraseTreeModel::dropTarget(int row, const QModelIndex& parent) const {
    if (isGroupRow(parent)) {
        return {parent, row < 0 ? rowCount(parent) : row};
    }
    if (phraseAt(parent) != nullptr && !m_flat) {  // dropped onto a phrase: take its place
        return {parent.parent(), parent.row()};
    }
    return {QModelIndex(), -1};
}

bool QuickPhraseTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int /*column*/,
                                           const QModelIndex& parent) const {
    const std::optional<qint64> id = draggedId(data);
    if (!m_reorderable || m_flat || action != Qt::MoveAction || !id) {
        return false;
    }
    const QModelIndex source = indexOfPhrase(*id);
    const auto [group, position] = dropTarget(row, parent);
    return source.isValid() && group.isValid() && source.parent() == group;
}

bool QuickPhraseTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                        const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const qint64 id = *draggedId(data);
    const int from = indexOfPhrase(id).row();
    const int position = dropTarget(row, parent).second;
    // Between rows: the gap's index counts the dragged row itself. Onto a phrase: take that phrase's place.
    const bool ontoPhrase = phraseAt(parent) != nullptr;
    const int to = !ontoPhrase && position > from ? position - 1 : position;
    if (to != from) {
        Q_EMIT moveRequested(id, to);
    }
    // The store moves the row and the panel reloads; false keeps the view from removing the dragged row itself.
    return false;
}

}  // namespace kefu
