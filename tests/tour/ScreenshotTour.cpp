// kefu-screenshot-tour: drives the real workbench over a fresh demo shop through an agent's day and saves a
// screenshot of each step, for docs/user-guide.md. The clock is fixed, so the pictures are the same every run.
//   kefu-screenshot-tour OUT_DIR [zh_CN|en]
#include "core/ManualClock.h"
#include "core/ShopTime.h"
#include "demo/DemoShopSeeder.h"
#include "gui/MainWindow.h"
#include "gui/chat/ConversationPanel.h"
#include "gui/customer/CustomerSidePanel.h"
#include "gui/inbox/InboxPanel.h"
#include "gui/knowledge/ProductKnowledgePanel.h"
#include "gui/shell/ShortcutCheatSheet.h"
#include "gui/shell/UiLanguage.h"
#include "gui/workbench/WorkbenchContext.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "store/ShopRepository.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

void settle() {
    for (int i = 0; i < 30; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

class Tour {
public:
    Tour(QString outDir, QString language) : m_out(std::move(outDir)), m_language(std::move(language)) {}

    int run();

private:
    bool save(const QPixmap& pixmap, const QString& name) {
        const QString path = m_out + u'/' + name + (m_language == "en"_L1 ? u"-en.png"_s : u".png"_s);
        if (!pixmap.save(path)) {
            std::fprintf(stderr, "tour: cannot write %s\n", qPrintable(path));
            m_failed = true;
            return false;
        }
        std::printf("tour: wrote %s\n", qPrintable(path));
        return true;
    }
    // The whole screen, so popups (the / list) are in the picture with the window under them.
    void shootScreen(QWidget& window, const QString& name) {
        settle();
        const QRect frame = window.frameGeometry();
        save(QGuiApplication::primaryScreen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()),
             name);
    }
    void shootWidget(QWidget& widget, const QString& name) {
        settle();
        save(widget.grab(), name);
    }
    static void type(QWidget* target, const QString& text) {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(target, &commit);
    }
    qint64 productWithSizeChart(Database& db);
    qint64 waitingBuyerWithoutOrders(Database& db);

    QString m_out;
    QString m_language;
    bool m_failed = false;
};

qint64 Tour::productWithSizeChart(Database& db) {
    ProductRepository products(db);
    const auto page = products.listPage(std::nullopt, 60);
    if (page) {
        for (const ProductHit& hit : *page) {
            const auto product = products.find(hit.id);
            if (product && !product->sizeChart.rows.isEmpty() && product->skus.size() >= 6) {
                return hit.id;
            }
        }
    }
    return 1;
}

qint64 Tour::waitingBuyerWithoutOrders(Database& db) {
    const auto page = ConversationRepository(db).inboxPage({InboxView::Waiting, {}, {}, 100});
    if (page) {
        for (const InboxRow& row : *page) {
            const auto orders = OrderRepository(db).listForCustomer(row.conversation.customerId, 1);
            if (orders && orders->isEmpty()) {
                return row.conversation.id;
            }
        }
    }
    return 0;
}

int Tour::run() {
    if (!QDir().mkpath(m_out)) {
        std::fprintf(stderr, "tour: cannot create %s\n", qPrintable(m_out));
        return 1;
    }
    QTemporaryDir dir;
    const qint64 now = ShopTime::fromShanghai(QDate(2026, 11, 23), 14, 30);
    ManualClock clock(now);
    auto db = Database::open(dir.filePath(u"demo.sqlite"_s), u"tour"_s);
    if (!db || !DemoShopSeeder(**db).seed(now)) {
        std::fprintf(stderr, "tour: cannot create the demo store\n");
        return 1;
    }
    UiLanguage language;
    language.install(m_language);
    const Result<QList<Agent>> agents = AgentRepository(**db).list();
    const Result<Shop> shop = ShopRepository(**db).get();
    if (!agents || agents->isEmpty() || !shop) {
        std::fprintf(stderr, "tour: the demo store has no agents or shop\n");
        return 1;
    }
    Agent agent = agents->first();
    for (const Agent& a : *agents) {
        if (a.role == AgentRole::PreSale) {
            agent = a;
            break;
        }
    }
    WorkbenchEvents events;
    WorkbenchContext context{**db, clock, events, agent, *shop};
    {
        MainWindow window(context);
        window.resize(1600, 960);
        window.move(0, 0);
        window.show();
        settle();

        // 1. The longest-waiting buyer, opened with Alt+N.
        window.inboxPanel()->selectNextWaiting();
        const qint64 firstBuyer = window.inboxPanel()->currentConversationId();
        shootWidget(window, u"workbench"_s);

        // 2. "/" then "fh" in the compose box: the quick-phrase popup.
        auto* compose = window.conversationPanel()->findChild<QPlainTextEdit*>(u"composeEdit"_s);
        window.conversationPanel()->focusCompose();
        QTest::keyClicks(compose, u"/fh"_s);
        shootScreen(window, u"phrase-popup"_s);
        QTest::keyClick(compose, Qt::Key_Escape);
        compose->clear();

        // 3. The shipping phrase, sent with this buyer's order and parcel filled in.
        Q_EMIT events.composeInsertRequested(
            u"亲，您的订单 {订单号} 已由 {物流公司} 发出，单号 {物流单号}，请注意查收～"_s);
        QTest::keyClick(compose, Qt::Key_Return);
        shootWidget(*window.conversationPanel(), u"phrase-filled"_s);

        // 4. The same phrase for a waiting buyer who has no order yet: held, the gap highlighted.
        if (const qint64 id = waitingBuyerWithoutOrders(**db); id > 0) {
            Q_EMIT events.conversationSelected(id);
            settle();
            Q_EMIT events.composeInsertRequested(u"亲，您的订单 {订单号} 我们会尽快安排发货～"_s);
            QTest::keyClick(compose, Qt::Key_Return);
            shootWidget(*window.conversationPanel(), u"held-variable"_s);
            compose->clear();
        }

        // 5. Product knowledge: a product page and the size advisor for 165cm / 55kg.
        auto* knowledgeDock = window.findChild<QDockWidget*>(u"knowledgeDock"_s);
        knowledgeDock->raise();
        window.resizeDocks({knowledgeDock}, {560}, Qt::Horizontal);
        window.knowledgePanel()->showProduct(productWithSizeChart(**db));
        if (auto* height = window.findChild<QSpinBox*>(u"sizeAdvisorHeight"_s)) {
            height->setValue(165);
        }
        if (auto* weight = window.findChild<QSpinBox*>(u"sizeAdvisorWeight"_s)) {
            weight->setValue(55);
        }
        shootWidget(window, u"product-knowledge"_s);

        // 6. The buyer's orders in the side panel.
        Q_EMIT events.conversationSelected(firstBuyer);
        window.customerPanel()->showTab(1);
        shootWidget(*window.customerPanel(), u"orders"_s);

        // 7. F1: the keys.
        ShortcutCheatSheet sheet(window.shortcutSections(), &window);
        sheet.show();
        shootWidget(sheet, u"shortcuts"_s);
        sheet.close();
        window.close();
    }
    return m_failed ? 1 : 0;
}

}  // namespace
}  // namespace kefu

int main(int argc, char** argv) {
    QTemporaryDir settingsHome;  // never touch the user's saved layout or drafts
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: kefu-screenshot-tour OUT_DIR [zh_CN|en]\n");
        return 2;
    }
    return kefu::Tour(args.at(1), args.value(2, u"zh_CN"_s)).run();
}
