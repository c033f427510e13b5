#include "gui/phrases/PhraseImportResultDialog.h"

#include "gui/phrases/QuickPhraseTexts.h"

#include "ui_PhraseImportResultDialog.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kefu {

PhraseImportResultDialog::PhraseImportResultDialog(const PhraseImportReport& report, const QString& fileName,
                                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PhraseImportResultDialog>()) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    const QString scope = phraseScopeLabel(report.scope);
    QString summary = tr("从 %1（%2 编码）导入到“%3”：成功导入 %4 条")
                          .arg(fileName, QuickPhraseTexts::encoding(report.encoding), scope)
                          .arg(report.imported);
    if (report.skippedDuplicates > 0) {
        summary += tr("，跳过已存在的重复短语 %1 条").arg(report.skippedDuplicates);
    }
    if (!report.errors.isEmpty()) {
        summary += tr("，有 %1 行有问题未导入").arg(report.errors.size());
    }
    m_ui->summaryLabel->setText(summary + tr("。"));
    m_ui->summaryLabel->setStyleSheet(u"font-size: 14px;"_s);

    m_ui->errorTable->setRowCount(int(report.errors.size()));
    for (int row = 0; row < report.errors.size(); ++row) {
        const PhraseRowError& error = report.errors.at(row);
        auto* line = new QTableWidgetItem(tr("第 %1 行").arg(error.line));
        line->setData(Qt::UserRole, error.line);
        auto* reason = new QTableWidgetItem(QuickPhraseTexts::rowProblem(error));
        reason->setToolTip(reason->text());
        m_ui->errorTable->setItem(row, 0, line);
        m_ui->errorTable->setItem(row, 1, reason);
    }
    m_ui->errorTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->errorTable->verticalHeader()->setDefaultSectionSize(26);
    const bool hasErrors = !report.errors.isEmpty();
    m_ui->errorHeading->setVisible(hasErrors);
    m_ui->errorTable->setVisible(hasErrors);
    if (!hasErrors) {
        resize(420, 120);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PhraseImportResultDialog::~PhraseImportResultDialog() = default;

QString PhraseImportResultDialog::summary() const {
    return m_ui->summaryLabel->text();
}

QList<int> PhraseImportResultDialog::errorLines() const {
    QList<int> lines;
    for (int row = 0; row < m_ui->errorTable->rowCount(); ++row) {
        lines.append(m_ui->errorTable->item(row, 0)->data(Qt::UserRole).toInt());
    }
    return lines;
}

}  // namespace kefu
