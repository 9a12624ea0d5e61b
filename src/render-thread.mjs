// Entry of a render thread. Worker threads do not inherit tsx's loader when the main thread registered it
// programmatically (bin/letters.js), nor under vitest: register it here, then load the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { default: renderTask } = await import('./render-task.ts');
export default renderTask;
