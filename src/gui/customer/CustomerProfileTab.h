#pragma once

#include "core/Customer.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace kefu {

class CustomerTagsEditor;
struct WorkbenchContext;

// 客户 tab: who the buyer is (nick, level, masked phone and address, birthday), their history with the shop, and
// the merchant's tags and note on them. The note is saved with Ctrl+S, 保存, on focus out or before another buyer
// is shown, so an agent's words are never dropped.
class CustomerProfileTab : public QWidget {
    Q_OBJECT

public:
    explicit CustomerProfileTab(WorkbenchContext& ctx, QWidget* parent = nullptr);
    ~CustomerProfileTab() override;
    CustomerProfileTab(const CustomerProfileTab&) = delete;
    CustomerProfileTab& operator=(const CustomerProfileTab&) = delete;

    void showCustomer(std::optional<qint64> customerId);
    void reload();    // re-reads the customer; an unsaved note being typed is kept
    bool saveNote();  // false (with the reason shown) when the store refused it
    bool hasUnsavedNote() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createHeader();
    QWidget* createFacts();
    QWidget* createNoteEditor();
    void showFacts(const Customer& customer);
    void showStats();
    void saveTags(const QList<CustomerTag>& tags);
    void updateNoteState();
    void showError(const QString& message);

    WorkbenchContext& m_ctx;
    CustomerRepository m_customers;
    OrderRepository m_orders;
    std::optional<Customer> m_customer;
    QString m_savedNote;

    QLabel* m_placeholder;
    QScrollArea* m_scroll;
    QWidget* m_content;
    QLabel* m_error;
    QLabel* m_nick;
    QLabel* m_level;
    QLabel* m_totalSpend;
    QLabel* m_orderCount;
    QLabel* m_lastPurchase;
    QLabel* m_phone;
    QLabel* m_address;
    QLabel* m_birthday;
    CustomerTagsEditor* m_tags;
    QPlainTextEdit* m_note;
    QLabel* m_noteState;
    QPushButton* m_saveNote;
};

}  // namespace kefu
