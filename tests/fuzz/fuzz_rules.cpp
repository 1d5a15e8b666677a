// libFuzzer target: RuleSetLoader::load (rule-set JSON: kinds, fields, formulas, policies).
#include "FuzzSupport.h"
#include "rules/RuleSetLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RuleSet rules;
    QString error;
    if (!RuleSetLoader::load(FuzzSupport::bytes(data, size), QStringLiteral("fuzz.json"), &rules, &error) && error.isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}
