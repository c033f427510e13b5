#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FaqPanel;
}

namespace kefu {

struct WorkbenchContext;
class FaqResultModel;
class KnowledgeRepository;

// The 常见问题 tab: full-text search over the FAQ with a category filter; Enter (or 插入回答) puts the answer in the
// compose box and counts the use. Laid out in ui/FaqPanel.ui; a form that places it (ProductKnowledgePanel.ui)
// builds it bare and attaches the workbench afterwards.
class FaqPanel : public QWidget {
    Q_OBJECT

public:
    explicit FaqPanel(QWidget* parent = nullptr);
    explicit FaqPanel(WorkbenchContext& context, QWidget* parent = nullptr);
    ~FaqPanel() override;

    void attach(WorkbenchContext& context);  // once: loads the categories and the list

public Q_SLOTS:
    void focusSearch();
    void insertCurrentAnswer();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadCategories();
    void refresh();
    void showCurrent();
    void showError(const QString& message);

    std::unique_ptr<Ui::FaqPanel> m_ui;
    WorkbenchContext* m_context = nullptr;
    std::unique_ptr<KnowledgeRepository> m_repository;
    FaqResultModel* m_model;
};

}  // namespace kefu
