#pragma once

#include "core/Order.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddressEditDialog;
}

namespace kefu {

class Database;

// 修改地址: edits an order's receiver before shipment, checking Taobao's limits (GBK byte lengths, phone, zip) as
// the agent types, and saves through OrderRepository::updateReceiver. A refusal (the order shipped meanwhile) is
// shown in the dialog, which stays open with what was typed.
class AddressEditDialog : public QDialog {
    Q_OBJECT

public:
    AddressEditDialog(Database& db, const Order& order, QWidget* parent = nullptr);
    ~AddressEditDialog() override;
    AddressEditDialog(const AddressEditDialog&) = delete;
    AddressEditDialog& operator=(const AddressEditDialog&) = delete;

    Receiver receiver() const;  // what the form holds now
    static QString problemText(ReceiverProblem problem);

public Q_SLOTS:
    void accept() override;  // saves; closes only when the store took it

private:
    void validate();

    std::unique_ptr<Ui::AddressEditDialog> m_ui;
    Database& m_db;
    QString m_tid;
};

}  // namespace kefu
