import type { Rate } from "../../rate-limit";

/** Budgets per person for writing in the Live. */
export interface NewsLimits {
  posts: Rate;
  comments: Rate;
}

export const DEFAULT_NEWS_LIMITS: NewsLimits = {
  posts: { points: 30, seconds: 3600 },
  comments: { points: 120, seconds: 3600 },
};
