#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace kefu {

// F1: every keyboard shortcut of the window, read from its actions (so the sheet cannot drift from the keys),
// grouped by menu, plus the keys that live inside panels (Enter sends, / opens quick phrases …).
class ShortcutCheatSheet : public QDialog {
    Q_OBJECT

public:
    struct Section {
        QString title;
        QList<QAction*> actions;
    };
    ShortcutCheatSheet(const QList<Section>& sections, QWidget* parent = nullptr);

    // The text rows shown, "key — what it does", for tests and the user guide.
    QStringList rows() const { return m_rows; }

private:
    void addSection(QTreeWidget* tree, const QString& title, const QList<QPair<QString, QString>>& rows);

    QStringList m_rows;
};

}  // namespace kefu
