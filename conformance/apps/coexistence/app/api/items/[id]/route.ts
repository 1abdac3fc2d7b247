export async function GET(request: Request, context: RouteContext<'/api/items/[id]'>) {
  const { id } = await context.params;
  return Response.json({ id, url: request.url });
}
