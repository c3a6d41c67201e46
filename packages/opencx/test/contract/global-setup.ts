import { prismGlobalSetup } from '@botbridge/testing/prism-global-setup';

export default prismGlobalSetup('opencx');
