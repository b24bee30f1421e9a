import { createBrowserRouter, Navigate } from "react-router";
import { ElementAbout } from "./components/elements/ElementAbout";
import { ElementHistory } from "./components/elements/ElementHistory";
import { ElementEvents, ElementProjects } from "./components/elements/ElementPlans";
import { elementRoutes, type ElementTab } from "./components/elements/ElementLayout";
import { ElementSettingsPage } from "./components/elements/ElementSettingsPage";
import { EventFacts } from "./components/events/EventFacts";
import { Layout } from "./components/Layout";
import { ProjectFacts } from "./components/projects/ProjectFacts";
import { ElementMembers } from "./components/links/ElementMembers";
import { SettingsLayout } from "./components/SettingsLayout";
import { AccountSettings } from "./pages/AccountSettings";
import { CheckMail } from "./pages/CheckMail";
import { EditOrganization } from "./pages/EditOrganization";
import { EditEvent, EventPage, Events, NewEvent } from "./pages/EventPages";
import { EditProject, NewProject, ProjectPage, Projects } from "./pages/ProjectPages";
import { ForgotPassword } from "./pages/ForgotPassword";
import { Home } from "./pages/Home";
import { Login } from "./pages/Login";
import { MyElements } from "./pages/MyElements";
import { NewOrganization } from "./pages/NewOrganization";
import { NotFound } from "./pages/NotFound";
import { OrganizationPage } from "./pages/OrganizationPage";
import { Organizations } from "./pages/Organizations";
import { Outbox } from "./pages/Outbox";
import { PrivacySettings } from "./pages/PrivacySettings";
import { Profile } from "./pages/Profile";
import { ProfileSettings } from "./pages/ProfileSettings";
import { ResetPassword } from "./pages/ResetPassword";
import { Signup } from "./pages/Signup";
import { VerifyEmail } from "./pages/VerifyEmail";

/** The tabs of an organization's page, in order. */
const ORGANIZATION_TABS: ElementTab[] = [
  { path: "", name: "about", content: <ElementAbout /> },
  { path: "members", name: "members", content: <ElementMembers /> },
  { path: "projects", name: "projects", content: <ElementProjects /> },
  { path: "events", name: "events", content: <ElementEvents /> },
  { path: "history", name: "history", content: <ElementHistory /> },
];

/** A project's tabs: its contributors are its community. */
const PROJECT_TABS: ElementTab[] = [
  {
    path: "",
    name: "about",
    content: (
      <>
        <ProjectFacts />
        <ElementAbout />
      </>
    ),
  },
  { path: "contributors", name: "contributors", content: <ElementMembers /> },
  { path: "events", name: "events", content: <ElementEvents /> },
  { path: "history", name: "history", content: <ElementHistory /> },
];

/** An event's tabs: when, where and who organizes come first; its attendees are its community. */
const EVENT_TABS: ElementTab[] = [
  {
    path: "",
    name: "about",
    content: (
      <>
        <EventFacts />
        <ElementAbout />
      </>
    ),
  },
  { path: "attendees", name: "attendees", content: <ElementMembers /> },
  { path: "history", name: "history", content: <ElementHistory /> },
];

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: "signup", element: <Signup /> },
      { path: "check-mail", element: <CheckMail /> },
      { path: "outbox", element: <Outbox /> },
      { path: "verify-email", element: <VerifyEmail /> },
      { path: "login", element: <Login /> },
      { path: "forgot-password", element: <ForgotPassword /> },
      { path: "reset-password", element: <ResetPassword /> },
      { path: "people/:username", element: <Profile /> },
      { path: "me/elements", element: <MyElements /> },
      { path: "organizations", element: <Organizations /> },
      { path: "organizations/new", element: <NewOrganization /> },
      {
        path: "organizations/:slug",
        element: <OrganizationPage tabs={ORGANIZATION_TABS} />,
        children: elementRoutes(ORGANIZATION_TABS, { edit: <EditOrganization />, settings: <ElementSettingsPage /> }),
      },
      { path: "projects", element: <Projects /> },
      { path: "projects/new", element: <NewProject /> },
      {
        path: "projects/:slug",
        element: <ProjectPage tabs={PROJECT_TABS} />,
        children: elementRoutes(PROJECT_TABS, { edit: <EditProject />, settings: <ElementSettingsPage /> }),
      },
      { path: "events", element: <Events /> },
      { path: "events/new", element: <NewEvent /> },
      {
        path: "events/:slug",
        element: <EventPage tabs={EVENT_TABS} />,
        children: elementRoutes(EVENT_TABS, { edit: <EditEvent />, settings: <ElementSettingsPage /> }),
      },
      {
        path: "settings",
        element: <SettingsLayout />,
        children: [
          { index: true, element: <Navigate to="/settings/profile" replace /> },
          { path: "profile", element: <ProfileSettings /> },
          { path: "privacy", element: <PrivacySettings /> },
          { path: "account", element: <AccountSettings /> },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);
