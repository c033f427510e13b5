#include "gui/knowledge/SizeAdvisorWidget.h"

#include "core/SizeAdvisor.h"
#include "gui/workbench/WorkbenchEvents.h"
#include "ui_SizeAdvisorWidget.h"

namespace kefu {

SizeAdvisorWidget::SizeAdvisorWidget(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SizeAdvisorWidget>()) {
    m_ui->setupUi(this);
    for (FitPreference fit : {FitPreference::Regular, FitPreference::Slim, FitPreference::Loose}) {
        m_ui->sizeAdvisorFit->addItem(SizeAdvisor::preferenceLabel(fit), QVariant::fromValue(int(fit)));
    }
    connect(m_ui->sizeAdvisorHeight, &QSpinBox::valueChanged, this, &SizeAdvisorWidget::updateAdvice);
    connect(m_ui->sizeAdvisorWeight, &QSpinBox::valueChanged, this, &SizeAdvisorWidget::updateAdvice);
    connect(m_ui->sizeAdvisorFit, &QComboBox::currentIndexChanged, this, &SizeAdvisorWidget::updateAdvice);
    connect(m_ui->sizeAdvisorInsert, &QPushButton::clicked, this, &SizeAdvisorWidget::insertAdvice);
    updateAdvice();
}

SizeAdvisorWidget::SizeAdvisorWidget(WorkbenchEvents& events, QWidget* parent) : SizeAdvisorWidget(parent) {
    attach(events);
}

SizeAdvisorWidget::~SizeAdvisorWidget() = default;

void SizeAdvisorWidget::attach(WorkbenchEvents& events) {
    m_events = &events;
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
        m_ui->sizeAdvisorAnswer->setText(tr("这款商品没有尺码表。"));
    } else if (m_ui->sizeAdvisorHeight->value() == 0 || m_ui->sizeAdvisorWeight->value() == 0) {
        m_ui->sizeAdvisorAnswer->setText(tr("填写买家的身高和体重，按这款商品的尺码表推荐尺码。"));
    } else {
        const auto fit = FitPreference(m_ui->sizeAdvisorFit->currentData().toInt());
        m_advice = SizeAdvisor(m_chart)
                       .advise(m_ui->sizeAdvisorHeight->value(), m_ui->sizeAdvisorWeight->value(), fit)
                       .sentence;
        m_ui->sizeAdvisorAnswer->setText(m_advice);
    }
    m_ui->sizeAdvisorInsert->setEnabled(!m_advice.isEmpty());
}

void SizeAdvisorWidget::insertAdvice() {
    if (m_events != nullptr && !m_advice.isEmpty()) {
        Q_EMIT m_events->composeInsertRequested(m_advice);
    }
}

}  // namespace kefu
