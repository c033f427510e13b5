#include "app/SeedDemoCommand.h"

#include "app/CommandLine.h"
#include "app/StoreBootstrap.h"
#include "gui/overview/ShopOverviewReader.h"

#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kefu {

SeedDemoCommand::SeedDemoCommand(QString dbPath, const Clock& clock, QTextStream& out, QTextStream& err)
    : m_dbPath(std::move(dbPath)), m_clock(clock), m_out(out), m_err(err) {}

int SeedDemoCommand::run() {
    const QString shownPath = QDir::toNativeSeparators(m_dbPath);
    Result<StoreBootstrap::Opened> opened = StoreBootstrap::open(m_dbPath, m_clock);
    if (!opened) {
        const QString& message = opened.error().message;
        // The store's messages usually name the file already; say it once.
        m_err << (message.contains(shownPath) ? tr("无法使用数据库：%1").arg(message)
                                              : tr("无法使用数据库 %1：%2").arg(shownPath, message))
              << '\n';
        m_err.flush();
        return CommandLine::kExitFailure;
    }
    if (!opened->seeded) {
        m_out << tr("数据库 %1 中已有店铺「%2」，未重新导入演示数据。").arg(shownPath, opened->shop.name) << '\n';
        m_out.flush();
        return CommandLine::kExitOk;
    }

    m_out << tr("已在 %1 创建演示店铺「%2」：").arg(shownPath, opened->shop.name) << '\n';
    const DemoShopSummary& d = *opened->seeded;
    m_out << tr("  商品 %1 件（SKU %2 个），促销 %3 个，快捷短语 %4 条，知识库 %5 条，客服 %6 位")
                 .arg(d.products)
                 .arg(d.skus)
                 .arg(d.promotions)
                 .arg(d.phrases)
                 .arg(d.articles)
                 .arg(d.agents)
          << '\n';
    m_out << tr("  客户 %1 位，订单 %2 笔，发货 %3 单，售后 %4 单，会话 %5 个，消息 %6 条")
                 .arg(d.customers)
                 .arg(d.orders)
                 .arg(d.shipments)
                 .arg(d.afterSales)
                 .arg(d.conversations)
                 .arg(d.messages)
          << '\n';
    if (Result<ShopOverview> overview = ShopOverviewReader(*opened->db).read()) {
        const ShopOverview& o = overview.value();
        m_out << tr("  订单状态：待付款 %1，待发货 %2，已发货 %3，交易成功 %4，交易关闭 %5")
                     .arg(o.ordersAwaitingPayment)
                     .arg(o.ordersToShip)
                     .arg(o.ordersShipped)
                     .arg(o.ordersCompleted)
                     .arg(o.ordersClosed)
              << '\n';
        m_out << tr("  接待：待回复 %1，处理中 %2；售后处理中 %3")
                     .arg(o.conversationsWaiting)
                     .arg(o.conversationsInProgress)
                     .arg(o.afterSalesOpen)
              << '\n';
    }
    m_out.flush();
    return CommandLine::kExitOk;
}

}  // namespace kefu
