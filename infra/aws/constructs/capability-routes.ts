import { NestedStack } from 'aws-cdk-lib';
import { Resource, RestApi, type IResource, type IRestApi } from 'aws-cdk-lib/aws-apigateway';
import type { Construct } from 'constructs';

export interface CapabilityRoutesProps {
  /** The main stack's API: its methods and path resources stay there, this stack adds beside them. */
  api: RestApi;
  capability: string;
}

/** The deepest resource of `path` the main stack's tree already has, and the path parts below it. */
export const deepestMainResource = (root: IResource, path: string): { resource: IResource; rest: string[] } => {
  const parts = path.split('/').filter(Boolean);
  let resource = root;
  let depth = 0;
  for (const part of parts) {
    const child = resource.getResource(part);
    if (!child) break;
    resource = child;
    depth += 1;
  }
  return { resource, rest: parts.slice(depth) };
};

/**
 * The API methods and path resources of one capability's routes, in a nested stack of their own
 * (docs/architecture.md, "Routes share functions"): a route costs the main stack nothing, and this
 * stack at most its method and the resources of its path the main stack does not have. The API,
 * the main stack's resources it starts from, the route functions, the invoker role and the
 * authorizer are the main stack's; CDK passes them in as the nested stack's parameters.
 */
export class CapabilityRoutes extends NestedStack {
  readonly capability: string;
  private readonly api: IRestApi;
  private readonly mainRoot: IResource;
  /** The main stack's resources this stack starts from, imported once each, by path. */
  private readonly imported = new Map<string, IResource>();

  constructor(scope: Construct, id: string, props: CapabilityRoutesProps) {
    super(scope, id, { description: `secondment-hub: the API routes of ${props.capability}` });
    this.capability = props.capability;
    this.mainRoot = props.api.root;
    this.api = RestApi.fromRestApiAttributes(this, 'Api', { restApiId: props.api.restApiId, rootResourceId: props.api.restApiRootResourceId });
  }

  /**
   * The resource of `path`, starting from the deepest prefix the main stack has (`/admin` for
   * `/admin/proposals/{id}`); `created` gets the full path of each resource this stack makes for it.
   */
  resourceFor(path: string): { resource: IResource; created: string[] } {
    const { resource: main, rest } = deepestMainResource(this.mainRoot, path);
    const start = this.importedResource(main);
    const created = rest.map((_part, index) => `${main.path === '/' ? '' : main.path}/${rest.slice(0, index + 1).join('/')}`);
    return { resource: start.resourceForPath(rest.join('/')), created };
  }

  private importedResource(main: IResource): IResource {
    const known = this.imported.get(main.path);
    if (known) return known;
    const resource =
      main.path === '/'
        ? this.api.root
        : Resource.fromResourceAttributes(this, `Main${main.path.replaceAll('/', '-')}`, { resourceId: main.resourceId, restApi: this.api, path: main.path });
    this.imported.set(main.path, resource);
    return resource;
  }
}
