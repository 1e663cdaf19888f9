"use client";

import { createContext, useContext, type ReactNode } from "react";

// The error page (app/(portal)/error.tsx) is a client component Next renders in place of a page
// that failed, so it cannot take its words as props. The root layout hands them down in the
// page's language through this context: a few bytes, where next-intl's client provider would put
// its runtime (15 kB gzip) on every page for five texts.

export interface ErrorPageWords {
  title: string;
  text: string;
  /** With {code} for the error's digest. */
  code: string;
  retry: string;
  home: string;
}

const ErrorPageWordsContext = createContext<ErrorPageWords | null>(null);

export function ErrorPageWordsProvider({ words, children }: { words: ErrorPageWords; children: ReactNode }) {
  return <ErrorPageWordsContext.Provider value={words}>{children}</ErrorPageWordsContext.Provider>;
}

export function useErrorPageWords(): ErrorPageWords {
  const words = useContext(ErrorPageWordsContext);
  if (!words) throw new Error("ErrorPageWordsProvider is missing above the error page");
  return words;
}
