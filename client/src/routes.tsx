import { createBrowserRouter, Navigate } from "react-router";
import { Layout } from "./components/Layout";
import { SettingsLayout } from "./components/SettingsLayout";
import { AccountSettings } from "./pages/AccountSettings";
import { CheckMail } from "./pages/CheckMail";
import { ForgotPassword } from "./pages/ForgotPassword";
import { Home } from "./pages/Home";
import { Login } from "./pages/Login";
import { NotFound } from "./pages/NotFound";
import { Outbox } from "./pages/Outbox";
import { PrivacySettings } from "./pages/PrivacySettings";
import { Profile } from "./pages/Profile";
import { ProfileSettings } from "./pages/ProfileSettings";
import { ResetPassword } from "./pages/ResetPassword";
import { Signup } from "./pages/Signup";
import { VerifyEmail } from "./pages/VerifyEmail";

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
