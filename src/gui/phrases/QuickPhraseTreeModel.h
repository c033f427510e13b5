#pragma once

#include "core/QuickPhrase.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace kefu {

// The phrase library as a tree: groups on top (in the shop's order), their phrases below in list order. While the
// agent searches it is flat: the matches, best first. Reordering by drag and drop is asked for through
// moveRequested; the store does the move and the panel reloads.
class QuickPhraseTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { CodeColumn, BodyColumn, UseCountColumn, ColumnCount };
    enum Role { PhraseIdRole = Qt::UserRole + 1, GroupNameRole };

    explicit QuickPhraseTreeModel(QObject* parent = nullptr);

    // The phrases of one list in order; grouped by groupName in order of first appearance.
    void setGrouped(const QList<QuickPhrase>& phrases);
    void setFlat(const QList<QuickPhrase>& phrases);
    void setReorderable(bool reorderable);  // drag and drop of phrases within their group
    bool isFlat() const { return m_flat; }

    const QuickPhrase* phraseAt(const QModelIndex& index) const;
    QModelIndex indexOfPhrase(qint64 id) const;
    QModelIndex indexOfGroup(const QString& name) const;
    int positionInGroup(const QModelIndex& index) const;  // -1 for a group row
    int groupSize(const QModelIndex& phraseIndex) const;
    void setUseCount(qint64 id, int useCount);  // dataChanged for that one cell

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    void moveRequested(qint64 phraseId, int newIndexInGroup);

private:
    struct Group {
        QString name;
        QList<QuickPhrase> phrases;
    };
    static constexpr quintptr kTopLevel = 0;

    bool isGroupRow(const QModelIndex& index) const;
    const QList<QuickPhrase>* listOf(const QModelIndex& index) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant phraseData(const QuickPhrase& phrase, int column, int role) const;
    // Where a drop lands: the group row and the insert position in it, or an invalid index when it cannot land.
    std::pair<QModelIndex, int> dropTarget(int row, const QModelIndex& parent) const;
    std::optional<qint64> draggedId(const QMimeData* data) const;

    QList<Group> m_groups;
    QList<QuickPhrase> m_flatPhrases;
    bool m_flat = false;
    bool m_reorderable = false;
};

}  // namespace kefu
