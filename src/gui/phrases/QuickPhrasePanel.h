#pragma once

#include "core/QuickPhrase.h"
#include "core/QuickPhraseMatcher.h"
#include "core/Result.h"
#include "core/TextEncoding.h"
#include "gui/phrases/PhraseImportReport.h"
#include "store/QuickPhraseRepository.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QModelIndex;

namespace Ui {
class QuickPhrasePanel;
}

namespace kefu {

struct WorkbenchContext;
class QuickPhraseTreeModel;

// 快捷短语 library, a dockable panel: search (code, pinyin initials, text), the shop's or the agent's own phrases
// by group, use one with Enter or a double-click (into the compose box), add/edit/delete/reorder them where the
// agent's role allows, and import/export Qianniu's CSV format.
class QuickPhrasePanel : public QWidget {
    Q_OBJECT

public:
    explicit QuickPhrasePanel(WorkbenchContext& ctx, QWidget* parent = nullptr);
    ~QuickPhrasePanel() override;

    PhraseScope scope() const { return m_scope; }
    bool mayWrite(PhraseScope scope) const;
    // File work without dialogs (tests, scripts): import runs on a worker and ends with importFinished.
    void importFile(const QString& path);
    Status exportFile(const QString& path, TextEncoding encoding);

public Q_SLOTS:
    void focusSearch();  // the shell binds Ctrl+/
    void importCsv();    // asks for a file
    void exportCsv();    // asks for a file and an encoding (UTF-8 or GBK)
    void reload();
    void setScope(kefu::PhraseScope scope);
    void addPhrase();
    void editPhrase();
    void deletePhrase();
    void moveUp();
    void moveDown();

Q_SIGNALS:
    void importFinished(bool ok);

private:
    void setUpView();
    void wrapToolbar();
    void setUpActions();
    void applyFilter();
    void restoreTree(qint64 selectId);
    void useIndex(const QModelIndex& index);
    void onPhraseUsed(qint64 id);
    void movePhrase(qint64 id, int newIndex);
    void updateActions();
    void showMessage(const QString& text, bool error);
    void showImportReport(const Result<PhraseImportReport>& result, const QString& path);
    void openEditor(const QuickPhrase* existing);
    const QuickPhrase* currentPhrase() const;
    QList<QuickPhrase> scopePhrases() const;

    WorkbenchContext& m_ctx;
    std::unique_ptr<Ui::QuickPhrasePanel> m_ui;
    QuickPhraseRepository m_repository;
    QuickPhraseTreeModel* m_model;
    QList<QuickPhrase> m_visible;  // every phrase this agent sees, both scopes, in store order
    QList<QuickPhrase> m_inScope;
    QuickPhraseMatcher m_matcher;
    PhraseScope m_scope = PhraseScope::Shop;
    QSet<QString> m_collapsedGroups;
    bool m_importing = false;
    QAction* m_addAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
    QAction* m_moveUpAction;
    QAction* m_moveDownAction;
    QAction* m_importAction;
    QAction* m_exportAction;
};

}  // namespace kefu
