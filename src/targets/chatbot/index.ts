export { createChatbotTarget } from "./chatbot.js";
export { resolveChatbotConfig, CHATBOT_SYNC_SCOPES, CHATBOT_REQUESTS_PER_MINUTE } from "./config.js";
export { chatbotPayloadOf, validateChatbotPayload, CHATBOT_LIMITS } from "./payload.js";
export { chatbotPaths } from "./paths.js";
