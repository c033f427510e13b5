#include "gui/knowledge/SizeAdvisorWidget.h"

#include "core/SizeAdvisor.h"
#include "gui/workbench/WorkbenchEvents.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
QSpinBox* measureBox(const QString& suffix, const QString& unset, int max, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSpecialValueText(unset);  // 0 means "not given yet"
    box->setSuffix(suffix);
    box->setAccelerated(true);
    box->setMinimumWidth(80);
    return box;
}
}  // namespace

SizeAdvisorWidget::SizeAdvisorWidget(WorkbenchEvents& events, QWidget* parent)
    : QWidget(parent),
      m_events(events),
      m_height(measureBox(tr(" cm"), tr("未填"), 230, this)),
      m_weight(measureBox(tr(" kg"), tr("未填"), 200, this)),
      m_fit(new QComboBox(this)),
      m_answer(new QLabel(this)),
      m_insert(new QPushButton(tr("插入建议(&I)"), this)) {
    setObjectName(u"sizeAdvisor"_s);
    m_height->setObjectName(u"sizeAdvisorHeight"_s);
    m_weight->setObjectName(u"sizeAdvisorWeight"_s);
    m_fit->setObjectName(u"sizeAdvisorFit"_s);
    m_answer->setObjectName(u"sizeAdvisorAnswer"_s);
    m_insert->setObjectName(u"sizeAdvisorInsert"_s);
    for (FitPreference fit : {FitPreference::Regular, FitPreference::Slim, FitPreference::Loose}) {
        m_fit->addItem(SizeAdvisor::preferenceLabel(fit), QVariant::fromValue(int(fit)));
    }
    m_height->setToolTip(tr("买家身高（厘米）"));
    m_weight->setToolTip(tr("买家体重（公斤）"));
    m_fit->setToolTip(tr("买家喜欢的穿着效果，介于两个尺码之间时据此选择"));
    m_insert->setToolTip(tr("把尺码建议插入回复框（Alt+I）"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setProperty("role", u"adviceText"_s);

    auto* heightLabel = new QLabel(tr("身高(&H)"), this);
    heightLabel->setBuddy(m_height);
    auto* weightLabel = new QLabel(tr("体重(&W)"), this);
    weightLabel->setBuddy(m_weight);
    auto* fitLabel = new QLabel(tr("偏好"), this);
    fitLabel->setBuddy(m_fit);

    auto* inputs = new QHBoxLayout;
    inputs->setSpacing(6);
    inputs->addWidget(heightLabel);
    inputs->addWidget(m_height);
    inputs->addSpacing(6);
    inputs->addWidget(weightLabel);
    inputs->addWidget(m_weight);
    inputs->addSpacing(6);
    inputs->addWidget(fitLabel);
    inputs->addWidget(m_fit);
    inputs->addStretch(1);

    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_insert, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(inputs);
    layout->addLayout(answerRow);

    setTabOrder(m_height, m_weight);
    setTabOrder(m_weight, m_fit);
    setTabOrder(m_fit, m_insert);

    connect(m_height, &QSpinBox::valueChanged, this, &SizeAdvisorWidget::updateAdvice);
    connect(m_weight, &QSpinBox::valueChanged, this, &SizeAdvisorWidget::updateAdvice);
    connect(m_fit, &QComboBox::currentIndexChanged, this, &SizeAdvisorWidget::updateAdvice);
    connect(m_insert, &QPushButton::clicked, this, &SizeAdvisorWidget::insertAdvice);
    updateAdvice();
}

void SizeAdvisorWidget::setSizeChart(const SizeChart& chart) {
    m_chart = chart;
    updateAdvice();
}

QString SizeAdvisorWidget::adviceText() const {
    return m_advice;
}

void SizeAdvisorWidget::updateAdvice() {
    m_advice.clear();
    if (m_chart.isEmpty()) {
        m_answer->setText(tr("这款商品没有尺码表。"));
    } else if (m_height->value() == 0 || m_weight->value() == 0) {
        m_answer->setText(tr("填写买家的身高和体重，按这款商品的尺码表推荐尺码。"));
    } else {
        const auto fit = FitPreference(m_fit->currentData().toInt());
        m_advice = SizeAdvisor(m_chart).advise(m_height->value(), m_weight->value(), fit).sentence;
        m_answer->setText(m_advice);
    }
    m_insert->setEnabled(!m_advice.isEmpty());
}

void SizeAdvisorWidget::insertAdvice() {
    if (!m_advice.isEmpty()) {
        Q_EMIT m_events.composeInsertRequested(m_advice);
    }
}

}  // namespace kefu
