// Stories: articles about one event, grouped incrementally as they arrive: each new article joins the story of
// its most similar article within STORY_WINDOW_DAYS of its publication day (across Arabic and English on shared
// anchors alone), or starts one.
//
// Two stories are never merged when a later article resembles both: it joins the one it resembles most.
// Merging on a bridge is single-link clustering, which chains related events (a strike, the funeral, the
// retaliation) into one story; the silver clusters of eval/stories.ts already show that chaining (P 0.91 at
// R 0.98), and a story id, once shown, is linked from pages, feeds and alert subscriptions. The placement's
// evidence names the member it matched, so a reader can follow the bridge.
export { contentWords, dayOf, storyFeatures, type StoryFeatures, type StoryOutline } from './features.js';
export { placeStory, storyIndex, type PlaceStoryResult } from './place.js';
export { StoryIndex, type StoryEvidence, type StoryMatch } from './story-index.js';
