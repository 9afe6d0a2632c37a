/** Fix guidance: content, ranking, search and storage. The popup lists top fixes with rankGuides. */
export { GUIDES, GOOD_TO_KNOW, STATUS_MESSAGES, THINGS_NOT_TO_DO } from './content';
export { rankGuides, CAUSES_BY_TOPIC } from './rank';
export { TOPIC_LABELS, TOPIC_ORDER, isGuideTopic } from './topics';
export { summariseProgress, isGuideFinished, NO_PROGRESS } from './progress';
export type { GuideProgress, ProgressByGuide, Outcome } from './progress';
export type { Guide, GuideStep, GuideTopic, GeneralTopic } from './types';
