#pragma once

#include "core/Order.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace kefu {

class Database;

// 卖家备注: the memo only the shop sees on an order, with Taobao's coloured flag, saved through
// OrderRepository::updateSellerMemo. A refusal is shown and the dialog stays open with the text.
class SellerMemoDialog : public QDialog {
    Q_OBJECT

public:
    SellerMemoDialog(Database& db, const Order& order, QWidget* parent = nullptr);

    int flag() const;
    QString memo() const;

public Q_SLOTS:
    void accept() override;

private:
    Database& m_db;
    QString m_tid;
    QPlainTextEdit* m_memo;
    QButtonGroup* m_flags;
    QLabel* m_error;
};

}  // namespace kefu
