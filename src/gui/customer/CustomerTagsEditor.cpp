#include "gui/customer/CustomerTagsEditor.h"

#include "gui/widgets/FlowLayout.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kMaxTagLength = 10;  // a chip is a word or two, not a note

QIcon swatch(const QString& hex) {
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(hex));
    return QIcon(pixmap);
}

}  // namespace

CustomerTagsEditor::CustomerTagsEditor(QWidget* parent)
    : QWidget(parent),
      m_chips(new QWidget(this)),
      m_flow(new FlowLayout(m_chips, 6)),
      m_name(new QLineEdit(this)),
      m_color(new QComboBox(this)),
      m_add(new QPushButton(tr("添加"), this)) {
    m_name->setObjectName(u"tagNameEdit"_s);
    m_name->setPlaceholderText(tr("新标签，如 爱砍价"));
    m_name->setMaxLength(kMaxTagLength);
    m_name->setToolTip(tr("输入标签名后按 Enter 添加"));
    m_color->setObjectName(u"tagColorCombo"_s);
    m_color->setToolTip(tr("标签颜色"));
    for (const CustomerTag& color : palette()) {
        m_color->addItem(swatch(color.colorHex), color.name, color.colorHex);
    }
    m_add->setObjectName(u"addTagButton"_s);
    m_add->setToolTip(tr("添加标签（Enter）"));
    m_add->setEnabled(false);

    auto* addRow = new QHBoxLayout;
    addRow->setSpacing(6);
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_color);
    addRow->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_chips);
    layout->addLayout(addRow);

    connect(m_name, &QLineEdit::textChanged, this, &CustomerTagsEditor::updateAddButton);
    connect(m_name, &QLineEdit::returnPressed, this, &CustomerTagsEditor::addTag);
    connect(m_add, &QPushButton::clicked, this, &CustomerTagsEditor::addTag);
    rebuildChips();
}

QList<CustomerTag> CustomerTagsEditor::palette() {
    return {{tr("红"), u"#e5484d"_s}, {tr("橙"), u"#f76b15"_s}, {tr("黄"), u"#ffc53d"_s},
            {tr("绿"), u"#30a46c"_s}, {tr("青"), u"#12a594"_s}, {tr("蓝"), u"#0090ff"_s},
            {tr("靛"), u"#3e63dd"_s}, {tr("紫"), u"#8e4ec6"_s}, {tr("灰"), u"#8b8d98"_s}};
}

void CustomerTagsEditor::setTags(const QList<CustomerTag>& tags) {
    m_tags = tags;
    rebuildChips();
    updateAddButton();
}

void CustomerTagsEditor::rebuildChips() {
    // A chip may be rebuilt from its own × button's click, so it is deleted later, not under its own signal.
    while (QLayoutItem* item = m_flow->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_tags.size(); ++i) {
        m_flow->addWidget(createChip(i));
    }
    if (m_tags.isEmpty()) {
        auto* none = new QLabel(tr("暂无标签"), m_chips);
        none->setProperty("role", u"muted"_s);
        m_flow->addWidget(none);
    }
}

QWidget* CustomerTagsEditor::createChip(int index) {
    const CustomerTag& tag = m_tags.at(index);
    auto* chip = new QFrame(m_chips);
    chip->setObjectName(u"tagChip"_s);
    chip->setProperty("tagName", tag.name);
    const QColor color(tag.colorHex);
    chip->setStyleSheet(
        u"QFrame#tagChip { background: %1; border: 1px solid %2; border-radius: 9px; }"
        "QLabel { color: %3; background: transparent; border: none; }"
        "QToolButton { color: %3; border: none; background: transparent; padding: 0 2px; }"_s.arg(
            color.lighter(185).name(), color.lighter(140).name(), color.darker(140).name()));
    auto* name = new QLabel(tag.name, chip);
    auto* remove = new QToolButton(chip);
    remove->setObjectName(u"removeTagButton"_s);
    remove->setText(u"×"_s);
    remove->setToolTip(tr("删除标签「%1」").arg(tag.name));
    remove->setAccessibleName(tr("删除标签「%1」").arg(tag.name));
    remove->setCursor(Qt::PointingHandCursor);
    auto* layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(0);
    layout->addWidget(name);
    layout->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, index] { removeTag(index); });
    return chip;
}

void CustomerTagsEditor::addTag() {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        return;
    }
    for (const CustomerTag& tag : std::as_const(m_tags)) {
        if (tag.name == name) {
            m_name->selectAll();
            return;
        }
    }
    QList<CustomerTag> edited = m_tags;
    edited.append(CustomerTag{name, m_color->currentData().toString()});
    m_name->clear();
    Q_EMIT tagsEdited(edited);
}

void CustomerTagsEditor::removeTag(int index) {
    if (index < 0 || index >= m_tags.size()) {
        return;
    }
    QList<CustomerTag> edited = m_tags;
    edited.removeAt(index);
    m_name->setFocus();
    Q_EMIT tagsEdited(edited);
}

void CustomerTagsEditor::updateAddButton() {
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
}

}  // namespace kefu
