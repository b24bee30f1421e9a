import { translationsReady } from "./i18n";
import "./tokens.css";
import "./styles.css";
import "./places.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { createApolloClient } from "./apollo";
import { router } from "./routes";

const client = createApolloClient();

void translationsReady.then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </StrictMode>,
  ),
);
