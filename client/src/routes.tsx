import { createBrowserRouter, Navigate } from "react-router";
import { lazyPage } from "./lazyPage";
import { ElementAbout } from "./components/elements/ElementAbout";
import { ElementHistory } from "./components/elements/ElementHistory";
import { ElementEvents, ElementProjects } from "./components/elements/ElementPlans";
import { elementRoutes, type ElementTab } from "./components/elements/ElementLayout";
import { Layout } from "./components/Layout";
import { ProjectFacts } from "./components/projects/ProjectFacts";
import { ElementMembers } from "./components/links/ElementMembers";
import { Home } from "./pages/Home";
import { NotFound } from "./pages/NotFound";
import { OrganizationPage } from "./pages/OrganizationPage";
import { Organizations } from "./pages/Organizations";

// A wall (the Live's items, composer, comments) loads with the first News tab opened.
const ElementNews = lazyPage(() => import("./components/news/ElementNews"), "ElementNews");

/** The tabs of an organization's page, in order. */
const ORGANIZATION_TABS: ElementTab[] = [
  { path: "", name: "about", content: <ElementAbout /> },
  { path: "news", name: "news", content: <ElementNews /> },
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
  { path: "news", name: "news", content: <ElementNews /> },
  { path: "contributors", name: "contributors", content: <ElementMembers /> },
  { path: "events", name: "events", content: <ElementEvents /> },
  { path: "history", name: "history", content: <ElementHistory /> },
];

// An event's facts bring the recurrence rules (rrule): loaded with the first event page.
const EventFacts = lazyPage(() => import("./components/events/EventFacts"), "EventFacts");

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
  { path: "news", name: "news", content: <ElementNews /> },
  { path: "attendees", name: "attendees", content: <ElementMembers /> },
  { path: "history", name: "history", content: <ElementHistory /> },
];

// Pages past the first visit load when first shown: each is its own file in the build.
const ApiExplorer = lazyPage(() => import("./pages/ApiExplorer"), "ApiExplorer");
const InstanceAdmin = lazyPage(() => import("./pages/InstanceAdmin"), "InstanceAdmin");
const InstanceSettingsForm = lazyPage(() => import("./pages/InstanceAdmin"), "InstanceSettingsForm");
const InstanceReports = lazyPage(() => import("./pages/InstanceReports"), "InstanceReports");
const AccountSettings = lazyPage(() => import("./pages/AccountSettings"), "AccountSettings");
const CheckMail = lazyPage(() => import("./pages/CheckMail"), "CheckMail");
const EditOrganization = lazyPage(() => import("./pages/EditOrganization"), "EditOrganization");
const EditEvent = lazyPage(() => import("./pages/EventPages"), "EditEvent");
const EventPage = lazyPage(() => import("./pages/EventPages"), "EventPage");
const Events = lazyPage(() => import("./pages/EventPages"), "Events");
const NewEvent = lazyPage(() => import("./pages/EventPages"), "NewEvent");
const EditProject = lazyPage(() => import("./pages/ProjectPages"), "EditProject");
const NewProject = lazyPage(() => import("./pages/ProjectPages"), "NewProject");
const ProjectPage = lazyPage(() => import("./pages/ProjectPages"), "ProjectPage");
const Projects = lazyPage(() => import("./pages/ProjectPages"), "Projects");
const ForgotPassword = lazyPage(() => import("./pages/ForgotPassword"), "ForgotPassword");
const Login = lazyPage(() => import("./pages/Login"), "Login");
const MyElements = lazyPage(() => import("./pages/MyElements"), "MyElements");
const NewOrganization = lazyPage(() => import("./pages/NewOrganization"), "NewOrganization");
const OpenData = lazyPage(() => import("./pages/OpenData"), "OpenData");
const Outbox = lazyPage(() => import("./pages/Outbox"), "Outbox");
const Discover = lazyPage(() => import("./pages/Discover"), "Discover");
const Help = lazyPage(() => import("./pages/Help"), "Help");
const HelpArticlePage = lazyPage(() => import("./pages/Help"), "HelpArticlePage");
const Live = lazyPage(() => import("./pages/Live"), "Live");
const People = lazyPage(() => import("./pages/People"), "People");
const Notifications = lazyPage(() => import("./pages/Notifications"), "Notifications");
const NotificationSettings = lazyPage(() => import("./pages/NotificationSettings"), "NotificationSettings");
const PrivacySettings = lazyPage(() => import("./pages/PrivacySettings"), "PrivacySettings");
const Profile = lazyPage(() => import("./pages/Profile"), "Profile");
const ProfileSettings = lazyPage(() => import("./pages/ProfileSettings"), "ProfileSettings");
const ResetPassword = lazyPage(() => import("./pages/ResetPassword"), "ResetPassword");
const Signup = lazyPage(() => import("./pages/Signup"), "Signup");
const WidgetBuilder = lazyPage(() => import("./pages/WidgetBuilder"), "WidgetBuilder");
const VerifyEmail = lazyPage(() => import("./pages/VerifyEmail"), "VerifyEmail");
const ElementSettingsPage = lazyPage(() => import("./components/elements/ElementSettingsPage"), "ElementSettingsPage");
const SettingsLayout = lazyPage(() => import("./components/SettingsLayout"), "SettingsLayout");

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: "live", element: <Live /> },
      { path: "signup", element: <Signup /> },
      { path: "check-mail", element: <CheckMail /> },
      { path: "outbox", element: <Outbox /> },
      { path: "graphql", element: <ApiExplorer /> },
      // The open data page; the exports themselves are files under /open-data/.
      { path: "data", element: <OpenData /> },
      { path: "widgets", element: <WidgetBuilder /> },
      {
        path: "instance",
        element: <InstanceAdmin />,
        children: [
          { index: true, element: <InstanceSettingsForm /> },
          { path: "reports", element: <InstanceReports /> },
        ],
      },
      { path: "verify-email", element: <VerifyEmail /> },
      { path: "login", element: <Login /> },
      { path: "forgot-password", element: <ForgotPassword /> },
      { path: "reset-password", element: <ResetPassword /> },
      { path: "people", element: <People /> },
      { path: "people/:username", element: <Profile /> },
      { path: "me/elements", element: <MyElements /> },
      { path: "notifications", element: <Notifications /> },
      { path: "discover", element: <Discover /> },
      { path: "help", element: <Help /> },
      { path: "help/:slug", element: <HelpArticlePage /> },
      // Leaflet is loaded with the map page only.
      { path: "map", lazy: async () => ({ Component: (await import("./pages/MapPage")).MapPage }) },
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
          { path: "notifications", element: <NotificationSettings /> },
          { path: "account", element: <AccountSettings /> },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);
