#pragma once

#include "core/AfterSaleCase.h"
#include "store/AfterSaleRepository.h"

#include <QWidget>

#include <optional>

namespace kefu {

class SideCardList;
struct WorkbenchContext;

// 售后 tab: the buyer's after-sales cases, newest first, each with its status timeline (newest event first).
class AfterSalesTab : public QWidget {
    Q_OBJECT

public:
    explicit AfterSalesTab(WorkbenchContext& ctx, QWidget* parent = nullptr);

    void showCustomer(std::optional<qint64> customerId);
    void reload();
    int caseCount() const { return m_caseCount; }

private:
    QWidget* createCard(const AfterSaleCase& c);
    QWidget* createTimeline(const AfterSaleCase& c, QWidget* parent);

    WorkbenchContext& m_ctx;
    AfterSaleRepository m_repository;
    std::optional<qint64> m_customerId;
    int m_caseCount = 0;
    SideCardList* m_list;
};

}  // namespace kefu
