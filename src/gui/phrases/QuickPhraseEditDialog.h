#pragma once

#include "core/QuickPhrase.h"
#include "core/Result.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ui {
class QuickPhraseEditDialog;
}

namespace kefu {

// Adds or edits one 快捷短语: group (pick or type), scope, shortcut code and body, with the {变量} the chat fills
// in. Problems are shown inline and the dialog stays open until the phrase is saved, so nothing typed is lost.
class QuickPhraseEditDialog : public QDialog {
    Q_OBJECT

public:
    // `save` writes the phrase (add or update); an error it returns is shown in the dialog.
    using SaveFunction = std::function<Status(const QuickPhrase&)>;

    QuickPhraseEditDialog(const QStringList& groups, bool mayWriteShop, SaveFunction save, QWidget* parent = nullptr);
    ~QuickPhraseEditDialog() override;

    void setPhrase(const QuickPhrase& phrase);  // editing: keeps id, owner and counts
    QuickPhrase phrase() const;                 // what the form holds, trimmed

public Q_SLOTS:
    void accept() override;
    void insertVariable(const QString& name);

private:
    void buildVariableMenu();
    void updateHints();
    void showError(const QString& message);

    std::unique_ptr<Ui::QuickPhraseEditDialog> m_ui;
    SaveFunction m_save;
    QuickPhrase m_phrase;
};

}  // namespace kefu
