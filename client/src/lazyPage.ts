import { type ComponentType, lazy, type LazyExoticComponent } from "react";

/** The props of a module's export, when it is a component. */
type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

/**
 * A page loaded the first time it is shown (its own file in the build), so the first visit
 * downloads only what its page needs; the Layout's Suspense shows "Loading" meanwhile.
 */
export function lazyPage<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType<PropsOf<M[K]>>> {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType<PropsOf<M[K]>> })));
}
