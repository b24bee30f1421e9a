import { graphql } from "./generated";

/** The help's articles in a language: all of them, one section's, or those matching a search. */
export const HELP_ARTICLES = graphql(`
  query HelpArticles($language: Language!, $search: String, $category: HelpCategory) {
    helpArticles(language: $language, search: $search, category: $category) {
      slug
      language
      title
      category
      excerpt
    }
  }
`);

export const HELP_ARTICLE = graphql(`
  query HelpArticle($slug: String!, $language: Language!) {
    helpArticle(slug: $slug, language: $language) {
      slug
      language
      title
      category
      html
    }
  }
`);

/** Where beginners ask their questions. */
export const HELP_COMMUNITY = graphql(`
  query HelpCommunity {
    helpCommunity {
      id
      slug
      name
    }
  }
`);

export const FIRST_STEPS = graphql(`
  query FirstSteps {
    me {
      id
      firstSteps {
        ...FirstStepsFields
      }
    }
  }
`);

export const FIRST_STEPS_FIELDS = graphql(`
  fragment FirstStepsFields on FirstSteps {
    dismissed
    steps {
      key
      done
      url
    }
  }
`);

export const DISMISS_FIRST_STEPS = graphql(`
  mutation DismissFirstSteps {
    dismissFirstSteps {
      ...FirstStepsFields
    }
  }
`);
