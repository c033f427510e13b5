#pragma once

#include "core/Agent.h"

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

// Limits that keep a phrase usable: the code is typed after "/" in the chat, the body fits one chat message.
inline constexpr int kMaxPhraseCodeLength = 16;
inline constexpr int kMaxPhraseGroupLength = 20;
inline constexpr int kMaxPhraseBodyLength = 1000;

// What makes a phrase unfit to save; the GUI words it.
enum class PhraseProblem { EmptyBody, BodyTooLong, EmptyGroup, GroupTooLong, CodeTooLong, CodeHasSpace };

// The first problem of a phrase about to be saved (group and code are expected trimmed), or none.
std::optional<PhraseProblem> phraseProblem(const QuickPhrase& phrase);

// Everyone keeps their own 个人 phrases; only 客服主管 and 管理员 change the shop's shared ones.
bool roleMayWritePhrases(AgentRole role, PhraseScope scope);

}  // namespace kefu
