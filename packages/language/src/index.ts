// `@journey-maps/language`: the parser, linker, checks and language services, plus everything of the pure model entry.
export * from './generated/ast.js';
export * from './model.js';
export { createJourneyServices, type JourneyServices } from './journey-module.js';
export { createJourneyCoreServices, type JourneyCoreServices, type JourneyAddedServices } from './journey-core-module.js';
export { CONFIG_FILE_NAME, defaultCheckConfig, effectiveSeverity, parseCheckConfig, type CheckConfig, type CheckSetting } from './config/check-config.js';
export { CheckConfigProvider, SystemClock, type Clock } from './config/settings.js';
export { IssueCodes, issueCodeList, isIssueCode, type IssueCode, type IssueDefinition, type CheckSeverity } from './validation/issue-codes.js';
export { checkTexts, type CheckedDocument, type CheckTextsOptions, type SourceText } from './workspace/headless-workspace.js';
export { BUILTIN_CHANNELS_URI, builtinChannelsText, isBuiltinUri } from './workspace/builtin-channels.js';
export * from './model/ast-queries.js';
export { documentJourneys, journeyModel } from './model/build-journey-model.js';
export { formatText, type FormatResult } from './workspace/format-text.js';
export { batchModule } from './workspace/batch-mode.js';
