#include "core/SizeAdvisor.h"

#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace kefu;

namespace {

SizeChartRow row(const QString& size, int hMin, int hMax, int wMin, int wMax) {
    SizeChartRow r;
    r.size = size;
    r.heightCm = {hMin, hMax};
    r.weightKg = {wMin, wMax};
    return r;
}

// The demo shop's women_top chart: rows overlap at their edges, as real charts do.
SizeChart womenTop() {
    return SizeChart{{row(u"S"_s, 155, 160, 43, 50), row(u"M"_s, 160, 165, 50, 57), row(u"L"_s, 165, 170, 57, 63),
                      row(u"XL"_s, 168, 172, 63, 70), row(u"XXL"_s, 170, 175, 70, 78)}};
}

TEST(SizeAdvisorTest, InsideOneRowNamesItWithItsRanges) {
    const SizeAdvice advice = SizeAdvisor(womenTop()).advise(163, 55);
    EXPECT_EQ(advice.verdict, SizeAdvice::Verdict::Fits);
    EXPECT_EQ(advice.size, u"M"_s);
    EXPECT_EQ(advice.sentence, u"163cm/55kg 在 M 码范围内（身高160-165，体重50-57）"_s);
}

TEST(SizeAdvisorTest, OnASharedEdgeTheWeightDecides) {
    // 165 is the top of M and the bottom of L by height; 55kg is only M.
    EXPECT_EQ(SizeAdvisor(womenTop()).advise(165, 55).size, u"M"_s);
}

TEST(SizeAdvisorTest, FittingTwoRowsFollowsThePreference) {
    // 168/63 fits L (165-170, 57-63) and XL (168-172, 63-70).
    const SizeAdvisor advisor(womenTop());
    EXPECT_EQ(advisor.advise(168, 63, FitPreference::Slim).size, u"L"_s);
    EXPECT_EQ(advisor.advise(168, 63, FitPreference::Loose).size, u"XL"_s);
    const SizeAdvice regular = advisor.advise(168, 63, FitPreference::Regular);
    EXPECT_EQ(regular.size, u"L"_s);
    EXPECT_TRUE(regular.sentence.endsWith(u"，喜欢宽松可选 XL"_s)) << regular.sentence.toStdString();
}

TEST(SizeAdvisorTest, BetweenTwoSizesNamesBothAndChoosesByPreference) {
    // 162cm is M by height, 60kg is L by weight.
    const SizeAdvisor advisor(womenTop());
    const SizeAdvice loose = advisor.advise(162, 60, FitPreference::Loose);
    EXPECT_EQ(loose.verdict, SizeAdvice::Verdict::Between);
    EXPECT_EQ(loose.smallerSize, u"M"_s);
    EXPECT_EQ(loose.largerSize, u"L"_s);
    EXPECT_EQ(loose.size, u"L"_s);
    EXPECT_EQ(loose.sentence, u"162cm/60kg 介于 M 和 L 之间：喜欢宽松选 L"_s);

    const SizeAdvice slim = advisor.advise(162, 60, FitPreference::Slim);
    EXPECT_EQ(slim.size, u"M"_s);
    EXPECT_EQ(slim.sentence, u"162cm/60kg 介于 M 和 L 之间：喜欢修身选 M"_s);

    const SizeAdvice regular = advisor.advise(162, 60, FitPreference::Regular);
    EXPECT_EQ(regular.size, u"L"_s);
    EXPECT_EQ(regular.sentence, u"162cm/60kg 介于 M 和 L 之间：建议选 L，喜欢修身可选 M"_s);
}

TEST(SizeAdvisorTest, AboveTheChartSaysSoWithTheLargestSize) {
    const SizeAdvice advice = SizeAdvisor(womenTop()).advise(170, 95);
    EXPECT_EQ(advice.verdict, SizeAdvice::Verdict::AboveChart);
    EXPECT_TRUE(advice.size.isEmpty());
    EXPECT_EQ(advice.sentence, u"170cm/95kg 超出尺码表范围（最大 XXL：身高≤175 体重≤78）"_s);
}

TEST(SizeAdvisorTest, BelowTheChartSaysSoWithTheSmallestSize) {
    const SizeAdvice advice = SizeAdvisor(womenTop()).advise(150, 40);
    EXPECT_EQ(advice.verdict, SizeAdvice::Verdict::BelowChart);
    EXPECT_EQ(advice.sentence, u"150cm/40kg 小于尺码表最小码（最小 S：身高≥155 体重≥43）"_s);
}

TEST(SizeAdvisorTest, AGapBetweenRowsOffersBothNeighbours) {
    const SizeChart gappy{{row(u"M"_s, 160, 165, 50, 55), row(u"L"_s, 166, 170, 58, 63)}};
    const SizeAdvice advice = SizeAdvisor(gappy).advise(168, 56, FitPreference::Loose);
    EXPECT_EQ(advice.verdict, SizeAdvice::Verdict::Fits);  // weight 56 is between M and L, height says L
    EXPECT_EQ(advice.size, u"L"_s);
}

TEST(SizeAdvisorTest, NoChartSaysSo) {
    const SizeAdvice advice = SizeAdvisor(SizeChart{}).advise(165, 55);
    EXPECT_EQ(advice.verdict, SizeAdvice::Verdict::NoChart);
    EXPECT_TRUE(advice.size.isEmpty());
    EXPECT_TRUE(advice.sentence.contains(u"没有"_s)) << advice.sentence.toStdString();

    SizeChartRow lengthOnly;
    lengthOnly.size = u"均码"_s;
    lengthOnly.lengthCm = {60, 60};
    EXPECT_EQ(SizeAdvisor(SizeChart{{lengthOnly}}).advise(165, 55).verdict, SizeAdvice::Verdict::NoChart);
}

}  // namespace
