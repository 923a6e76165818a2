// Stories: articles about one event, grouped incrementally as they arrive.
export { contentWords, dayOf, storyFeatures, type StoryFeatures } from './features.js';
export { placeStory, storyIndex, type PlaceStoryResult } from './place.js';
export { StoryIndex, type StoryEvidence, type StoryMatch } from './story-index.js';
