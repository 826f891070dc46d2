declare module 'virtual:messages/loaders' {
  type Compiled = Record<string, (values?: Record<string, string | number>) => string>;
  type Group = () => Promise<{ default: Compiled; pseudo?: (text: string) => string }>;
  export const loaders: Record<string, { first: Group; rest: Group }>;
}
