#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace kefu {

struct WorkbenchContext;
class FaqResultModel;
class KnowledgeRepository;

// The 常见问题 tab: full-text search over the FAQ with a category filter; Enter (or 插入回答) puts the answer in the
// compose box and counts the use.
class FaqPanel : public QWidget {
    Q_OBJECT

public:
    explicit FaqPanel(WorkbenchContext& context, QWidget* parent = nullptr);
    ~FaqPanel() override;

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

    WorkbenchContext& m_context;
    std::unique_ptr<KnowledgeRepository> m_repository;
    FaqResultModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_category;
    QListView* m_results;
    QTextBrowser* m_answer;
    QLabel* m_status;
    QPushButton* m_insert;
};

}  // namespace kefu
