#include "core/Money.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>

using namespace Qt::StringLiterals;
using kefu::Money;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

struct Accepted {
    QString text;
    qint64 fen;
};

class MoneyParseAccepts : public ::testing::TestWithParam<Accepted> {};

TEST_P(MoneyParseAccepts, Exactly) {
    const auto m = Money::parse(GetParam().text);
    ASSERT_TRUE(m.has_value()) << GetParam().text.toStdString();
    EXPECT_EQ(m->fen(), GetParam().fen) << GetParam().text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Formats, MoneyParseAccepts,
                         ::testing::Values(Accepted{u"12.30"_s, 1230}, Accepted{u"12.3"_s, 1230},
                                           Accepted{u"12"_s, 1200}, Accepted{u"0.05"_s, 5}, Accepted{u"-0.01"_s, -1},
                                           Accepted{u"+3"_s, 300}, Accepted{u"1,299.00"_s, 129900},
                                           Accepted{u"1,234,567.89"_s, 123456789}, Accepted{u"999,999"_s, 99999900},
                                           Accepted{u"  12.30  "_s, 1230}, Accepted{u"\t7\n"_s, 700},
                                           Accepted{u"¥12.30"_s, 1230}, Accepted{u"￥12.30"_s, 1230},
                                           Accepted{u"￥ 8"_s, 800}, Accepted{u"-¥0.05"_s, -5},
                                           Accepted{u"¥-0.05"_s, -5}, Accepted{u"0"_s, 0}, Accepted{u"-0.00"_s, 0},
                                           Accepted{u"007.5"_s, 750}, Accepted{u"92233720368547758.07"_s, kMax},
                                           Accepted{u"-92233720368547758.08"_s, kMin}));

class MoneyParseRejects : public ::testing::TestWithParam<QString> {};

TEST_P(MoneyParseRejects, WithNullopt) {
    EXPECT_FALSE(Money::parse(GetParam()).has_value()) << GetParam().toStdString();
}

INSTANTIATE_TEST_SUITE_P(Formats, MoneyParseRejects,
                         ::testing::Values(u""_s, u"   "_s, u"12.345"_s, u"1.2.3"_s, u"abc"_s, u"1e3"_s, u"12,34"_s,
                                           u". 5"_s, u".5"_s, u"12."_s, u"1,2345"_s, u",123"_s, u"123,"_s, u"1,23.00"_s,
                                           u"1234,567"_s, u"1,,234"_s, u"- 1"_s, u"--1"_s, u"+-1"_s, u"1 000"_s,
                                           u"１２"_s, u"12.3a"_s, u"0x10"_s, u"¥"_s, u"-"_s, u"¥¥1"_s, u"12¥"_s,
                                           u"1.-5"_s, u"1.+5"_s, u"92233720368547758.08"_s, u"-92233720368547758.09"_s,
                                           u"99999999999999999999"_s, u"100000000000000000000000.00"_s));

TEST(Money, EveryFenUpToTenThousandYuanRoundTrips) {
    for (qint64 fen = 0; fen <= 1'000'000; ++fen) {
        const auto back = Money::parse(Money::fromFen(fen).toYuanString());
        if (!back || back->fen() != fen) {
            FAIL() << fen << " came back as " << (back ? back->fen() : -1);
        }
    }
}

TEST(Money, NegativeAmountsRoundTrip) {
    for (qint64 fen = -1; fen >= -1'000'000; fen -= 7) {
        const auto back = Money::parse(Money::fromFen(fen).toYuanString());
        if (!back || back->fen() != fen) {
            FAIL() << fen << " did not round-trip";
        }
    }
}

TEST(Money, BoundaryValuesRoundTrip) {
    for (const qint64 fen : {kMax, kMin, kMax - 1, kMin + 1, qint64(1), qint64(-1), qint64(99), qint64(-99)}) {
        const auto back = Money::parse(Money::fromFen(fen).toYuanString());
        ASSERT_TRUE(back.has_value()) << fen;
        EXPECT_EQ(back->fen(), fen);
    }
    EXPECT_EQ(Money::fromFen(kMax).toYuanString(), u"92233720368547758.07"_s);
    EXPECT_EQ(Money::fromFen(kMin).toYuanString(), u"-92233720368547758.08"_s);
}

TEST(Money, ToYuanStringAlwaysHasTwoDecimals) {
    EXPECT_EQ(Money().toYuanString(), u"0.00"_s);
    EXPECT_EQ(Money::fromFen(5).toYuanString(), u"0.05"_s);
    EXPECT_EQ(Money::fromFen(-5).toYuanString(), u"-0.05"_s);
    EXPECT_EQ(Money::fromFen(1230).toYuanString(), u"12.30"_s);
    EXPECT_EQ(Money::fromFen(-100).toYuanString(), u"-1.00"_s);
    EXPECT_EQ(Money::fromYuan(1299).toYuanString(), u"1299.00"_s);
}

TEST(Money, DisplayPutsTheSignBeforeTheYuanMark) {
    EXPECT_EQ(Money::fromFen(1230).display(), u"¥12.30"_s);
    EXPECT_EQ(Money().display(), u"¥0.00"_s);
    EXPECT_EQ(Money::fromFen(-5).display(), u"-¥0.05"_s);
    EXPECT_EQ(Money::fromFen(kMin).display(), u"-¥92233720368547758.08"_s);
}

TEST(Money, DiscountRoundsHalfUpToTheFen) {
    EXPECT_EQ(Money::fromYuan(100).discounted(850).fen(), 8500);
    EXPECT_EQ(Money::fromFen(29900).discounted(880).fen(), 26312);
    EXPECT_EQ(Money::fromFen(19990).discounted(850).fen(), 16992);  // 16991.5 → up
    EXPECT_EQ(Money::fromFen(1).discounted(500).fen(), 1);          // 0.5 → up
    EXPECT_EQ(Money::fromFen(1).discounted(499).fen(), 0);
    EXPECT_EQ(Money::fromFen(3).discounted(850).fen(), 3);  // 2.55 → 3
    EXPECT_EQ(Money::fromFen(7).discounted(900).fen(), 6);  // 6.3 → 6
    EXPECT_EQ(Money::fromFen(1234).discounted(1000).fen(), 1234);
    EXPECT_EQ(Money::fromFen(-3).discounted(500).fen(), -2);  // symmetric: -1.5 → -2
    EXPECT_EQ(Money::fromFen(-19990).discounted(850).fen(), -16992);
}

TEST(Money, DiscountOfHugeAmountsDoesNotOverflow) {
    const qint64 big = kMax / 1000 * 1000;  // fen × permille would overflow if multiplied first
    EXPECT_EQ(Money::fromFen(big).discounted(1000).fen(), big);
    EXPECT_EQ(Money::fromFen(big).discounted(500).fen(), big / 2);
}

TEST(Money, DiscountMatchesExactRationalRounding) {
    for (qint64 fen = 0; fen < 3000; ++fen) {
        for (const int permille : {1, 99, 500, 850, 880, 885, 999}) {
            const qint64 product = fen * permille;
            const qint64 expected = product / 1000 + (product % 1000 >= 500 ? 1 : 0);
            ASSERT_EQ(Money::fromFen(fen).discounted(permille).fen(), expected) << fen << " × " << permille;
        }
    }
}

TEST(Money, SumsOfManySmallAmountsNeverLoseAFen) {
    Money total;
    for (int i = 0; i < 100000; ++i) {
        total += *Money::parse(u"0.01"_s);
    }
    EXPECT_EQ(total.toYuanString(), u"1000.00"_s);

    // The classic float trap: 0.1 + 0.2 must be exactly 0.3.
    EXPECT_EQ(*Money::parse(u"0.10"_s) + *Money::parse(u"0.20"_s), *Money::parse(u"0.30"_s));

    std::mt19937_64 rng(20261111);
    std::uniform_int_distribution<qint64> dist(-99999, 999999);
    Money sum;
    qint64 expected = 0;
    for (int i = 0; i < 50000; ++i) {
        const qint64 fen = dist(rng);
        expected += fen;
        sum += *Money::parse(Money::fromFen(fen).toYuanString());
    }
    EXPECT_EQ(sum.fen(), expected);
}

TEST(Money, ArithmeticAndOrdering) {
    Money m = Money::fromYuan(10);
    m -= Money::fromFen(1);
    EXPECT_EQ(m.fen(), 999);
    EXPECT_EQ((Money::fromFen(250) * 4).fen(), 1000);
    EXPECT_EQ((Money::fromYuan(3) - Money::fromYuan(5)).fen(), -200);
    EXPECT_LT(Money::fromFen(-1), Money());
    EXPECT_GT(Money::fromFen(1000), Money::fromFen(999));
    EXPECT_EQ(Money::fromYuan(12), Money::fromFen(1200));
}

}  // namespace
