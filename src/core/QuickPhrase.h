#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kefu {

enum class PhraseScope { Shop, Personal };  // 店铺 (shared) 个人 (own)

QString phraseScopeLabel(PhraseScope s);
QString phraseScopeKey(PhraseScope s);  // "shop", "personal"
std::optional<PhraseScope> phraseScopeFromKey(QStringView key);
QList<PhraseScope> allPhraseScopes();

// 快捷短语: a canned reply; the body may hold variables such as {买家昵称} (see PhraseTemplate).
struct QuickPhrase {
    qint64 id = 0;
    QString groupName;  // 欢迎语 售前 尺码 物流 售后 催付 结束语
    PhraseScope scope = PhraseScope::Shop;
    std::optional<qint64> ownerAgentId;  // set for Personal phrases
    QString shortcutCode;                // typed after "/", e.g. "fh"
    QString body;
    int useCount = 0;
    int sortOrder = 0;
};

}  // namespace kefu
