#include "DemoWorkbench.h"
#include "TypeText.h"

#include "gui/knowledge/PriceCalculatorWidget.h"
#include "gui/knowledge/ProductBrowser.h"
#include "gui/knowledge/ProductKnowledgePanel.h"
#include "gui/knowledge/ProductPage.h"
#include "gui/knowledge/ProductResultModel.h"
#include "gui/knowledge/SkuGridModel.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/ProductRepository.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

using test::commitText;

class ProductKnowledgePanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_panel = std::make_unique<ProductKnowledgePanel>(m_bench.context());
        m_panel->resize(520, 900);
        m_panel->show();
        m_search = m_panel->findChild<QLineEdit*>(u"productSearch"_s);
        m_results = m_panel->findChild<QTreeView*>(u"productResults"_s);
        ASSERT_NE(m_search, nullptr);
        ASSERT_NE(m_results, nullptr);
    }

    Product productTitled(const QString& fragment) {
        const auto page = ProductRepository(m_bench.db()).listPage(std::nullopt, 100);
        EXPECT_TRUE(page.ok());
        for (const ProductHit& hit : *page) {
            if (hit.title.contains(fragment)) {
                return *ProductRepository(m_bench.db()).find(hit.id);
            }
        }
        ADD_FAILURE() << "no demo product titled " << fragment.toStdString();
        return {};
    }

    void search(const QString& text) {
        m_panel->focusProductSearch();
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii) {
            QTest::keyClicks(m_search, text);
        } else {
            commitText(m_search, text);
        }
    }

    QStringList resultTitles() const {
        QStringList titles;
        for (int row = 0; row < m_results->model()->rowCount(); ++row) {
            titles.append(m_results->model()->index(row, ProductResultModel::TitleColumn).data().toString());
        }
        return titles;
    }

    void open(const Product& product) {
        m_panel->showProduct(product.id);
        ASSERT_EQ(m_panel->productBrowser()->page()->productId(), product.id);
    }

    // For looking at the panel: KEFU_KNOWLEDGE_SHOTS=/tmp renders it there (no effect otherwise).
    void saveScreenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("KEFU_KNOWLEDGE_SHOTS");
        if (!dir.isEmpty()) {
            QCoreApplication::processEvents();
            m_panel->grab().save(dir + u"/knowledge-"_s + name + u".png"_s);
            m_panel->productBrowser()->page()->grab().save(dir + u"/knowledge-"_s + name + u"-page.png"_s);
        }
    }

    template <typename T>
    T* child(const QString& name) const {
        T* found = m_panel->findChild<T*>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    test::DemoWorkbench m_bench;
    std::unique_ptr<ProductKnowledgePanel> m_panel;
    QLineEdit* m_search = nullptr;
    QTreeView* m_results = nullptr;
};

TEST_F(ProductKnowledgePanelTest, SearchByTitleWordsFindsTheProduct) {
    search(u"阔腿牛仔裤"_s);
    const QStringList titles = resultTitles();
    ASSERT_FALSE(titles.isEmpty());
    EXPECT_TRUE(titles.first().contains(u"阔腿牛仔裤"_s)) << titles.first().toStdString();
    // Enter opens the highlighted result.
    QTest::keyClick(m_search, Qt::Key_Return);
    EXPECT_TRUE(m_panel->productBrowser()->page()->product().title.contains(u"阔腿牛仔裤"_s));
}

TEST_F(ProductKnowledgePanelTest, SearchByPinyinInitialsFindsTheProduct) {
    QSignalSpy ready(m_panel->productBrowser(), &ProductBrowser::initialsIndexReady);
    ASSERT_TRUE(m_panel->productBrowser()->initialsReady() || ready.wait(10000));
    search(u"cmdx"_s);  // 纯棉短袖
    const QStringList titles = resultTitles();
    ASSERT_FALSE(titles.isEmpty());
    EXPECT_TRUE(titles.first().contains(u"纯棉短袖"_s)) << titles.first().toStdString();
}

TEST_F(ProductKnowledgePanelTest, SearchByAttributeMatchesThatAttributeOnly) {
    search(u"面料 纯棉"_s);
    const QStringList titles = resultTitles();
    ASSERT_FALSE(titles.isEmpty());
    for (const QString& title : titles) {
        const Product product = productTitled(title);
        EXPECT_TRUE(product.attribute(u"面料"_s).contains(u"纯棉"_s)) << title.toStdString();
    }
    EXPECT_TRUE(titles.join(u'|').contains(u"重磅纯棉短袖"_s));
}

TEST_F(ProductKnowledgePanelTest, ResultsShowPriceRangeAndTotalStock) {
    const Product tee = productTitled(u"新疆棉圆领短袖"_s);
    search(u"新疆棉圆领短袖"_s);
    ASSERT_GT(m_results->model()->rowCount(), 0);
    const QAbstractItemModel* model = m_results->model();
    EXPECT_EQ(model->index(0, ProductResultModel::StockColumn).data().toInt(), tee.totalStock());
    EXPECT_EQ(model->index(0, ProductResultModel::PriceColumn).data().toString(), tee.price.display());
    QAbstractItemModelTester tester(m_results->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_F(ProductKnowledgePanelTest, ProductPageShowsTheSkuGridWithStockPerCell) {
    const Product tee = productTitled(u"新疆棉圆领短袖"_s);
    open(tee);
    auto* grid = child<QTableView>(u"skuGrid"_s);
    ASSERT_NE(grid, nullptr);
    QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(grid->model()->rowCount(), 5);     // 本白 黑色 燕麦色 雾霾蓝 樱花粉
    ASSERT_EQ(grid->model()->columnCount(), 5);  // S M L XL XXL
    const auto cell = [&](const QString& color, const QString& size) {
        for (int r = 0; r < grid->model()->rowCount(); ++r) {
            for (int c = 0; c < grid->model()->columnCount(); ++c) {
                if (grid->model()->headerData(r, Qt::Vertical).toString() == color &&
                    grid->model()->headerData(c, Qt::Horizontal).toString() == size) {
                    return grid->model()->index(r, c);
                }
            }
        }
        return QModelIndex();
    };
    for (const Sku& sku : tee.skus) {
        const QModelIndex index = cell(sku.specValue(u"颜色"_s), sku.specValue(u"尺码"_s));
        ASSERT_TRUE(index.isValid()) << sku.specText().toStdString();
        EXPECT_EQ(index.data(SkuGridModel::StockRole).toInt(), sku.stock);
        const QString text = index.data().toString();
        EXPECT_TRUE(text.contains(sku.price.display()));
        EXPECT_TRUE(sku.stock > 0 ? text.contains(u"库存 "_s + QString::number(sku.stock)) : text.contains(u"已售罄"_s))
            << text.toStdString();
    }
    EXPECT_TRUE(cell(u"樱花粉"_s, u"XXL"_s).data().toString().contains(u"已售罄"_s));  // sold out in the demo
}

TEST_F(ProductKnowledgePanelTest, SizeAdvisorAnswersFromTheProductsChart) {
    open(productTitled(u"新疆棉圆领短袖"_s));  // women_top chart
    auto* height = child<QSpinBox>(u"sizeAdvisorHeight"_s);
    auto* weight = child<QSpinBox>(u"sizeAdvisorWeight"_s);
    ASSERT_TRUE(height && weight);
    height->setFocus();
    height->selectAll();
    QTest::keyClicks(height, u"165"_s);
    QTest::keyClick(height, Qt::Key_Tab);
    weight->selectAll();
    QTest::keyClicks(weight, u"55"_s);
    const QString expected = u"165cm/55kg 在 M 码范围内（身高160-165，体重50-57）"_s;
    EXPECT_EQ(child<QLabel>(u"sizeAdvisorAnswer"_s)->text(), expected);

    saveScreenshot(u"product"_s);

    QSignalSpy inserted(&m_bench.events(), &WorkbenchEvents::composeInsertRequested);
    QTest::mouseClick(child<QPushButton>(u"sizeAdvisorInsert"_s), Qt::LeftButton);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(0).toString(), expected);
}

TEST_F(ProductKnowledgePanelTest, ProductWithoutChartSaysSo) {
    open(productTitled(u"帆布包"_s));
    EXPECT_FALSE(child<QTableView>(u"sizeChart"_s)->isVisible());
    EXPECT_TRUE(child<QLabel>(u"sizeAdvisorAnswer"_s)->text().contains(u"没有尺码表"_s));
}

TEST_F(ProductKnowledgePanelTest, SendProductCardEmitsTheNumIid) {
    const Product tee = productTitled(u"新疆棉圆领短袖"_s);
    open(tee);
    QSignalSpy sent(&m_bench.events(), &WorkbenchEvents::sendRequested);
    QTest::mouseClick(child<QPushButton>(u"sendProductCard"_s), Qt::LeftButton);
    ASSERT_EQ(sent.count(), 1);
    EXPECT_EQ(sent.at(0).at(0).value<MessageKind>(), MessageKind::ProductCard);
    EXPECT_EQ(sent.at(0).at(1).toString(), tee.numIid);
}

TEST_F(ProductKnowledgePanelTest, PriceCalculatorAppliesTheDemoPromotionsRunningNow) {
    // 双面呢大衣 ¥699 is in 秋冬上新 八五折, and the shop runs 满300减40 and 满199送收纳袋.
    const Product coat = productTitled(u"双面呢大衣"_s);
    open(coat);
    auto* calculator = child<PriceCalculatorWidget>(u"priceCalculator"_s);
    ASSERT_NE(calculator, nullptr);
    const Money unit = calculator->currentQuote().original;
    const Money expected = unit.discounted(850) - Money::fromYuan(40);
    EXPECT_EQ(calculator->currentQuote().finalPrice, expected);
    EXPECT_EQ(child<QLabel>(u"priceCalculatorFinal"_s)->text(), u"到手价 "_s + expected.display());
    EXPECT_TRUE(child<QLabel>(u"priceCalculatorSteps"_s)->text().contains(u"八五折"_s));
    EXPECT_EQ(calculator->currentQuote().gifts.size(), 1);
    EXPECT_TRUE(child<QLabel>(u"productPromotions"_s)->text().contains(u"满300减40"_s));
}

TEST_F(ProductKnowledgePanelTest, RelatedProductOpensOnActivation) {
    const Product tee = productTitled(u"新疆棉圆领短袖"_s);
    ASSERT_FALSE(tee.relatedProductIds.isEmpty());
    open(tee);
    auto* related = child<QListWidget>(u"relatedProducts"_s);
    ASSERT_EQ(related->count(), tee.relatedProductIds.size());
    related->setFocus();
    related->setCurrentRow(0);
    QTest::keyClick(related, Qt::Key_Return);
    EXPECT_EQ(m_panel->productBrowser()->page()->productId(), tee.relatedProductIds.first());
}

// The conversation whose newest product card names a demo product, and that product's id.
std::pair<qint64, qint64> conversationWithProductCard(test::DemoWorkbench& bench) {
    const auto page = ConversationRepository(bench.db()).inboxPage({InboxView::All, {}, {}, 100});
    EXPECT_TRUE(page.ok());
    for (const InboxRow& row : *page) {
        const auto history = MessageRepository(bench.db()).history(row.conversation.id, {}, 50);
        if (!history) {
            continue;
        }
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            if (it->kind == MessageKind::ProductCard) {
                const auto product = ProductRepository(bench.db()).findByNumIid(it->body);
                if (product) {
                    return {row.conversation.id, product->id};
                }
                break;
            }
        }
    }
    ADD_FAILURE() << "no demo conversation with a product card";
    return {0, 0};
}

// Opening a conversation opens the product the buyer last sent a card of; a hidden panel waits until it is shown.
TEST_F(ProductKnowledgePanelTest, FollowsTheConversationsProductCardWhenVisible) {
    const auto [conversationId, productId] = conversationWithProductCard(m_bench);
    ASSERT_GT(conversationId, 0);
    m_panel->hide();
    Q_EMIT m_bench.events().conversationSelected(conversationId);
    EXPECT_NE(m_panel->productBrowser()->page()->productId(), productId);
    m_panel->show();
    EXPECT_EQ(m_panel->productBrowser()->page()->productId(), productId);
}

}  // namespace
}  // namespace kefu
