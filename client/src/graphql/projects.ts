import { graphql } from "./generated";

export const PROJECTS = graphql(`
  query Projects($after: String) {
    projects(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ElementCardFields
        stage
      }
    }
  }
`);

export const PROJECT = graphql(`
  query Project($slug: String!) {
    project(slug: $slug) {
      ...ElementDetails
    }
  }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ElementDetails
    }
  }
`);

export const UPDATE_PROJECT = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      ...ElementDetails
    }
  }
`);

export const ORGANIZATION_PROJECTS = graphql(`
  query OrganizationProjects($slug: String!) {
    organization(slug: $slug) {
      id
      projects(first: 100) {
        totalCount
        nodes {
          ...ElementCardFields
          stage
        }
      }
    }
  }
`);
