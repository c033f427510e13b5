#pragma once

namespace kefu {

// One call = one operation as the workbench performs it; `i` varies the input between iterations.
void runOpenStore();
void runInboxWaitingPage();
void runInboxAllPage();
void runHistory(int i);
void runInsertOne(int i);
void runInsertBatch(int i, int size);
void runProductSearch(int i);
void runKnowledgeSearch(int i);
void runMessageSearch();

}  // namespace kefu
