import { createContext, useContext } from "react";

// The per-request Content-Security-Policy nonce. Only the server render knows it; in the
// browser it is empty, which is what React expects after hydration.
export const NonceContext = createContext<string>("");
export const useNonce = () => useContext(NonceContext);
