#include "gui/phrases/QuickPhraseEditDialog.h"

#include "core/PhraseTemplate.h"
#include "gui/phrases/QuickPhraseTexts.h"

#include "ui_QuickPhraseEditDialog.h"

#include <QMenu>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kefu {

QuickPhraseEditDialog::QuickPhraseEditDialog(const QStringList& groups, bool mayWriteShop, SaveFunction save,
                                             QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::QuickPhraseEditDialog>()), m_save(std::move(save)) {
    m_ui->setupUi(this);
    m_ui->groupCombo->addItems(groups);
    m_ui->groupCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->groupCombo->setMaxVisibleItems(12);
    for (const PhraseScope scope : allPhraseScopes()) {
        m_ui->scopeCombo->addItem(scope == PhraseScope::Shop ? tr("店铺（全店共用）") : tr("个人（仅自己）"),
                                  phraseScopeKey(scope));
    }
    if (!mayWriteShop) {
        m_ui->scopeCombo->setCurrentIndex(1);
        m_ui->scopeCombo->setEnabled(false);
        m_ui->scopeCombo->setToolTip(QuickPhraseTexts::readOnlyReason());
    }
    m_ui->codeEdit->setMaxLength(kMaxPhraseCodeLength + 8);  // a little slack, so "too long" is explained, not cut
    m_ui->warningLabel->setObjectName(u"phraseWarning"_s);
    m_ui->warningLabel->setStyleSheet(u"color: #ad6800;"_s);
    m_ui->errorLabel->setStyleSheet(u"color: #cf1322;"_s);
    m_ui->lengthLabel->setStyleSheet(u"color: #8f959e;"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("保存"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setToolTip(tr("保存（Ctrl+Enter）"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    buildVariableMenu();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QuickPhraseEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QuickPhraseEditDialog::reject);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &QuickPhraseEditDialog::updateHints);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, [this] { showError({}); });
    m_ui->groupCombo->setFocus();
    updateHints();
}

QuickPhraseEditDialog::~QuickPhraseEditDialog() = default;

void QuickPhraseEditDialog::buildVariableMenu() {
    auto* menu = new QMenu(this);
    menu->setObjectName(u"variableMenu"_s);
    for (const QString& name : PhraseTemplate::knownVariables()) {
        QAction* action = menu->addAction(u'{' + name + u'}');
        connect(action, &QAction::triggered, this, [this, name] { insertVariable(name); });
    }
    m_ui->variableButton->setMenu(menu);
}

void QuickPhraseEditDialog::setPhrase(const QuickPhrase& phrase) {
    m_phrase = phrase;
    setWindowTitle(tr("编辑快捷短语"));
    m_ui->groupCombo->setCurrentText(phrase.groupName);
    m_ui->scopeCombo->setCurrentIndex(phrase.scope == PhraseScope::Shop ? 0 : 1);
    m_ui->codeEdit->setText(phrase.shortcutCode);
    m_ui->bodyEdit->setPlainText(phrase.body);
    m_ui->bodyEdit->setFocus();
    m_ui->bodyEdit->moveCursor(QTextCursor::End);
}

QuickPhrase QuickPhraseEditDialog::phrase() const {
    QuickPhrase phrase = m_phrase;
    phrase.groupName = m_ui->groupCombo->currentText().trimmed();
    phrase.scope = phraseScopeFromKey(m_ui->scopeCombo->currentData().toString()).value_or(PhraseScope::Personal);
    phrase.shortcutCode = m_ui->codeEdit->text().trimmed();
    phrase.body = m_ui->bodyEdit->toPlainText().trimmed();
    return phrase;
}

void QuickPhraseEditDialog::insertVariable(const QString& name) {
    m_ui->bodyEdit->insertPlainText(u'{' + name + u'}');
    m_ui->bodyEdit->setFocus();
}

void QuickPhraseEditDialog::updateHints() {
    showError({});
    const QString body = m_ui->bodyEdit->toPlainText();
    m_ui->lengthLabel->setText(tr("%1 / %2 字").arg(body.trimmed().size()).arg(kMaxPhraseBodyLength));
    QStringList unknown;
    for (const QString& name : PhraseTemplate::variables(body)) {
        if (!PhraseTemplate::knownVariables().contains(name)) {
            unknown.append(u'{' + name + u'}');
        }
    }
    m_ui->warningLabel->setText(
        unknown.isEmpty() ? QString()
                          : tr("不认识的变量 %1：发送时不会被替换，买家会看到原样的文字。可用变量见“插入变量”。")
                                .arg(unknown.join(tr("、"))));
    m_ui->warningLabel->setVisible(!unknown.isEmpty());
}

void QuickPhraseEditDialog::showError(const QString& message) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void QuickPhraseEditDialog::accept() {
    const QuickPhrase candidate = phrase();
    if (const std::optional<PhraseProblem> problem = phraseProblem(candidate)) {
        showError(QuickPhraseTexts::problem(*problem));
        if (*problem == PhraseProblem::EmptyGroup || *problem == PhraseProblem::GroupTooLong) {
            m_ui->groupCombo->setFocus();
        } else if (*problem == PhraseProblem::CodeTooLong || *problem == PhraseProblem::CodeHasSpace) {
            m_ui->codeEdit->setFocus();
        } else {
            m_ui->bodyEdit->setFocus();
        }
        return;
    }
    if (m_save) {
        if (const Status saved = m_save(candidate); !saved) {
            showError(saved.error().message);
            return;
        }
    }
    QDialog::accept();
}

}  // namespace kefu
