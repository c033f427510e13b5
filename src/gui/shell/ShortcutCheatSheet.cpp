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

// The same words on every platform and in both languages ("Alt+↓", not the native "Alt+下方向"); arrows as arrows.
QString keyText(const QKeySequence& keys) {
    static const QList<QPair<QString, QString>> arrows = {
        {u"Down"_s, u"↓"_s},       {u"Up"_s, u"↑"_s},       {u"Left"_s, u"←"_s},    {u"Right"_s, u"→"_s},
        {u"Return"_s, u"Enter"_s}, {u"Del"_s, u"Delete"_s}, {u"Ins"_s, u"Insert"_s}};
    QStringList parts = keys.toString(QKeySequence::PortableText).split(u'+');
    for (QString& part : parts) {
        for (const auto& [name, shown] : arrows) {
            if (part == name) {
                part = shown;
            }
        }
    }
    return parts.join(u'+');
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
        QList<QPair<QString, QString>> rows;
        for (QAction* action : section.actions) {
            if (!action->shortcut().isEmpty()) {
                rows.append({keyText(action->shortcut()), plainText(action->text())});
            }
        }
        addSection(tree, section.title, rows);
    }
    // Keys that belong to one panel (they work while it has the focus), so no menu lists them.
    addSection(tree, tr("输入框"),
               {{u"Enter"_s, tr("发送消息")},
                {u"Shift+Enter"_s, tr("换行")},
                {u"/"_s, tr("打开快捷短语（按编码、拼音首字母或文字筛选）")},
                {u"↑ / ↓, Enter"_s, tr("在弹出列表中选择并插入")},
                {u"Esc"_s, tr("关闭弹出列表 / 清除搜索")}});
    addSection(tree, tr("会话记录"), {{u"Ctrl+R"_s, tr("重发选中的失败消息")}});
    addSection(tree, tr("快捷短语面板"),
               {{u"Insert"_s, tr("新增短语")},
                {u"F2"_s, tr("编辑选中的短语")},
                {u"Delete"_s, tr("删除选中的短语")},
                {u"Ctrl+↑ / Ctrl+↓"_s, tr("上移 / 下移")}});
    addSection(tree, tr("客户与订单"),
               {{u"Ctrl+S"_s, tr("保存客户备注")},
                {u"Ctrl+Enter"_s, tr("在改地址、卖家备注窗口中保存")},
                {u"Alt+0 … Alt+5"_s, tr("卖家备注的旗帜颜色")}});
    tree->expandAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
}

void ShortcutCheatSheet::addSection(QTreeWidget* tree, const QString& title,
                                    const QList<QPair<QString, QString>>& rows) {
    if (rows.isEmpty()) {
        return;  // a menu without keys gets no empty heading
    }
    auto* heading = new QTreeWidgetItem(tree, {title});
    heading->setFirstColumnSpanned(true);
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    for (const auto& [keys, what] : rows) {
        new QTreeWidgetItem(tree, {keys, what});
        m_rows << keys + u" — "_s + what;
    }
}

}  // namespace kefu
