#pragma once

#include "core/AfterSaleCase.h"
#include "core/Order.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kefu {

struct WorkbenchContext;

// 创建售后: registers a case on an order for the buyer (type, line, reason, amount up to what was paid, note),
// waiting for the seller to agree. Saved through AfterSaleRepository::create; a refusal stays in the dialog.
class AfterSaleCreateDialog : public QDialog {
    Q_OBJECT

public:
    AfterSaleCreateDialog(WorkbenchContext& ctx, const Order& order, QWidget* parent = nullptr);

    qint64 createdCaseId() const { return m_createdId; }

public Q_SLOTS:
    void accept() override;

private:
    std::optional<Money> amount() const;
    void validate();
    QString newRefundId() const;

    WorkbenchContext& m_ctx;
    Order m_order;
    qint64 m_createdId = 0;
    QComboBox* m_type;
    QComboBox* m_item;
    QComboBox* m_reason;
    QLineEdit* m_amount;
    QLineEdit* m_note;
    QLabel* m_error;
    QPushButton* m_save;
};

}  // namespace kefu
