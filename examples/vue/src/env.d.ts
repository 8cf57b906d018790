/// <reference types="vite/client" />
/// <reference types="scholingsfactoren/vue" />
