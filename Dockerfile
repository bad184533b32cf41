# One image for every back-end process; the command picks the process (see docker-compose.yml).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000 4001 4002 4003 4004 8080
CMD ["node", "gateway/dist/main.js"]
