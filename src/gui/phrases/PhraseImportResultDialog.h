#pragma once

#include "gui/phrases/PhraseImportReport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PhraseImportResultDialog;
}

namespace kefu {

// After a CSV import: how many phrases came in, how many duplicates were skipped, and each bad row by line number.
class PhraseImportResultDialog : public QDialog {
    Q_OBJECT

public:
    PhraseImportResultDialog(const PhraseImportReport& report, const QString& fileName, QWidget* parent = nullptr);
    ~PhraseImportResultDialog() override;

    QString summary() const;
    QList<int> errorLines() const;  // the line numbers listed

private:
    std::unique_ptr<Ui::PhraseImportResultDialog> m_ui;
};

}  // namespace kefu
