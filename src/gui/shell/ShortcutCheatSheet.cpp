#include "gui/shell/ShortcutCheatSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QString plainText(QString text) {
    return text.remove(u'&').remove(u"…"_s);
}

}  // namespace

ShortcutCheatSheet::ShortcutCheatSheet(const QList<Section>& sections, QWidget* parent) : QDialog(parent) {
    setObjectName(u"shortcutCheatSheet"_s);
    setWindowTitle(tr("快捷键"));
    resize(520, 640);
    auto* tree = new QTreeWidget;
    tree->setObjectName(u"shortcutTree"_s);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("按键"), tr("功能")});
    tree->setRootIsDecorated(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const Section& section : sections) {
        auto* heading = new QTreeWidgetItem(tree, {section.title});
        heading->setFirstColumnSpanned(true);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (QAction* action : section.actions) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            if (keys.isEmpty()) {
                continue;
            }
            new QTreeWidgetItem(tree, {keys, plainText(action->text())});
            m_rows << keys + u" — "_s + plainText(action->text());
        }
    }
    auto* heading = new QTreeWidgetItem(tree, {tr("输入框与列表")});
    heading->setFirstColumnSpanned(true);
    const QList<QPair<QString, QString>> panelKeys = {
        {tr("Enter"), tr("发送消息")},
        {tr("Shift+Enter"), tr("换行")},
        {tr("/"), tr("在输入框中打开快捷短语（编码、拼音首字母或文字筛选）")},
        {tr("↑ / ↓ , Enter"), tr("在弹出列表中选择并插入")},
        {tr("Esc"), tr("关闭弹出列表 / 清除搜索")},
    };
    for (const auto& [keys, what] : panelKeys) {
        new QTreeWidgetItem(tree, {keys, what});
        m_rows << keys + u" — "_s + what;
    }
    tree->expandAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
}

}  // namespace kefu
