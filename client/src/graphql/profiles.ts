import { graphql } from "./generated";

/** Everything a profile page shows; private fields come back null when hidden from the viewer. */
export const PROFILE_FIELDS = graphql(`
  fragment ProfileFields on Person {
    id
    username
    displayName
    shortDescription
    description
    tags
    website
    socialLinks {
      network
      url
    }
    language
    createdAt
    email
    phone
    birthDate
    locality
    image {
      id
      urls {
        thumb
        medium
      }
    }
  }
`);

export const PERSON_PROFILE = graphql(`
  query PersonProfile($username: String!) {
    person(username: $username) {
      ...ProfileFields
    }
  }
`);

/** The owner's own page marks the fields others cannot see. */
export const MY_VISIBILITY = graphql(`
  query MyVisibility {
    me {
      ...PrivacySettingsFields
    }
  }
`);

export const MY_PROFILE = graphql(`
  query MyProfile {
    me {
      ...ProfileFields
    }
  }
`);

export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ProfileFields
    }
  }
`);

export const PRIVACY_SETTINGS_FIELDS = graphql(`
  fragment PrivacySettingsFields on Person {
    id
    privacySettings {
      email
      phone
      birthDate
      locality
      directory
    }
  }
`);

export const MY_PRIVACY_SETTINGS = graphql(`
  query MyPrivacySettings {
    me {
      ...PrivacySettingsFields
    }
  }
`);

export const UPDATE_PRIVACY_SETTINGS = graphql(`
  mutation UpdatePrivacySettings($input: UpdatePrivacySettingsInput!) {
    updatePrivacySettings(input: $input) {
      ...PrivacySettingsFields
    }
  }
`);
